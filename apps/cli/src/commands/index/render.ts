import { RISK_INDEX_PILLARS, type ExpertValue, type RiskIndexResponse } from '@vigil/core';
import { formatTable } from '../../output';

/** What a missing value is shown as: never 0. */
export const MISSING = '–';

/** How many indicators of the sensitivity view the table shows. */
const SENSITIVITY_TOP = 5;

const fixed = (x: number | null | undefined): string =>
  x === null || x === undefined ? MISSING : x.toFixed(2);
const span = (i: readonly [number, number] | null | undefined, digits = 2): string =>
  i === null || i === undefined ? MISSING : `${i[0].toFixed(digits)}–${i[1].toFixed(digits)}`;
const percent = (x: number): string => `${Math.round(x * 100)} %`;

/**
 * The index as plain text: one line per unit (highest risk first, units without a score last),
 * with the score and its 95 % interval, the rank and its interval, the seven pillar scores
 * (P1–P7, "–" where missing), the coverage; then the indicators that move the score most,
 * the warnings and notes, and how to cite it.
 */
export const renderIndex = (answer: RiskIndexResponse, label: (unit: string) => string): string => {
  const { result } = answer;
  const lines: string[] = [];
  const period =
    answer.period.from === null
      ? 'no dated records'
      : `${answer.period.from} … ${answer.period.to ?? ''}`;
  lines.push(
    `Torture-risk index, methodology ${answer.methodologyVersion}: ${result.level} level, ${period}, ${result.settings.draws} draws, seed ${result.settings.seed}, ${result.settings.aggregation} aggregation\n`,
  );
  if (result.units.length === 0) {
    lines.push('No unit has records or expert values for this period.\n');
    return lines.join('');
  }
  const units = [...result.units].sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) || label(a.unit).localeCompare(label(b.unit)),
  );
  const rows = units.map((u) => [
    label(u.unit),
    fixed(u.score),
    span(u.interval),
    u.rank === undefined ? MISSING : String(u.rank),
    u.rankInterval === undefined ? MISSING : `${u.rankInterval[0]}–${u.rankInterval[1]}`,
    ...RISK_INDEX_PILLARS.map((p) => {
      const pillar = u.pillars.find((x) => x.pillar === p);
      return pillar === undefined ? '' : fixed(pillar.score);
    }),
    percent(u.coverage),
  ]);
  lines.push(
    formatTable(
      [
        result.level,
        'score',
        '95 % interval',
        'rank',
        'rank 95 %',
        ...RISK_INDEX_PILLARS.map((_, i) => `P${i + 1}`),
        'coverage',
      ],
      rows,
    ),
  );
  lines.push(
    `Pillars: ${RISK_INDEX_PILLARS.map((p, i) => `P${i + 1} ${p}`).join(', ')}. Blank: not scored at this level; ${MISSING}: missing (too little data), never zero.\n`,
  );
  const top = [...result.sensitivity]
    .filter((s) => s.units > 0)
    .sort((a, b) => b.effect - a.effect || b.rankShift - a.rankShift)
    .slice(0, SENSITIVITY_TOP);
  if (top.length > 0) {
    lines.push('\nIndicators that move the scores most (when left out):\n');
    lines.push(
      formatTable(
        ['indicator', 'pillar', 'score change', 'rank change', 'correlation'],
        top.map((s) => [
          s.indicator,
          s.pillar,
          s.effect.toFixed(3),
          s.rankShift.toFixed(2),
          s.correlation === null ? MISSING : s.correlation.toFixed(2),
        ]),
      ),
    );
  }
  for (const [title, items] of [
    ['Warnings', result.warnings],
    ['Notes', answer.notes],
  ] as const) {
    if (items.length > 0) lines.push(`\n${title}:\n${items.map((w) => `- ${w}\n`).join('')}`);
  }
  lines.push(
    '\nDocumented cases, not prevalence: where monitors cannot work the index may look better than reality. Quote a score with its interval and coverage, a rank with its interval.\n',
  );
  return lines.join('');
};

/** Expert values as a table. */
export const renderExpertValues = (
  values: readonly ExpertValue[],
  label: (unit: string) => string,
) =>
  values.length === 0
    ? 'No expert values.\n'
    : formatTable(
        [
          'id',
          'indicator',
          'level',
          'unit',
          'period',
          'value',
          'confidence',
          'version',
          'evidence',
        ],
        values.map((v) => [
          v.id,
          v.indicator,
          v.level,
          label(v.unit),
          `${v.from} … ${v.to}`,
          String(v.value),
          v.confidence,
          String(v.version),
          v.evidence.length > 60 ? `${v.evidence.slice(0, 59)}…` : v.evidence,
        ]),
      );
