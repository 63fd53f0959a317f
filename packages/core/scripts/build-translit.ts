/**
 * Converts the interscript `.imp` maps in src/names/data/interscript into the JSON form that
 * the engine runs (src/names/data/interscript.json). Run after changing a map:
 *   npx tsx packages/core/scripts/build-translit.ts
 * A test (src/names/interscript/bundle.test.ts) fails while the JSON is out of date.
 */
// Build-time script, never shipped: it is the one place in packages/core that reads files.
// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from '../src/names/interscript/bundle';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../src/names/data');
const sources = Object.fromEntries(
  readdirSync(join(dataDir, 'interscript'))
    .filter((f) => f.endsWith('.imp'))
    .sort()
    .map((f) => [f.slice(0, -4), readFileSync(join(dataDir, 'interscript', f), 'utf8')]),
);
writeFileSync(join(dataDir, 'interscript.json'), `${JSON.stringify(buildBundle(sources))}\n`);
console.log(`wrote ${Object.keys(sources).length} maps`);
