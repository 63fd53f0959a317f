// Writes a synthetic linkage dataset (see people.ts) as CSV files with its truth:
//   node --import tsx scripts/linkage/generate.ts [--records 10000] [--seed 1] [--sources 3] [--out dir]
// Files: source-<k>.csv (id,surname,given_name,patronymic,birth_date,region) and truth.csv
// (source,id,person). Link them with:
//   vigil link --input dir/source-1.csv --input dir/source-2.csv --input dir/source-3.csv --id id --out clusters.csv
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { transliterate, translitSystems } from '@vigil/core';
import { generatePeople, SYNTHETIC_COLUMNS } from './people';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    sources: { type: 'string', default: '3' },
    out: { type: 'string', default: 'linkage-synthetic' },
  },
});

const cell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const sources = generatePeople(
  { records: Number(values.records), seed: Number(values.seed), sources: Number(values.sources) },
  { systems: translitSystems, transliterate },
);
mkdirSync(values.out, { recursive: true });
const truth = ['source,id,person'];
sources.forEach((src, k) => {
  const lines = [['id', ...SYNTHETIC_COLUMNS].join(',')];
  src.ids.forEach((id, i) => {
    lines.push([id, ...SYNTHETIC_COLUMNS.map((c) => src.columns[c][i] ?? '')].map(cell).join(','));
    truth.push(`${k + 1},${cell(id)},${src.person[i]}`);
  });
  writeFileSync(join(values.out, `source-${k + 1}.csv`), `${lines.join('\n')}\n`);
});
writeFileSync(join(values.out, 'truth.csv'), `${truth.join('\n')}\n`);
console.log(`${truth.length - 1} records in ${sources.length} sources written to ${values.out}`);
