// A static site of public statistics: one HTML page with tables and SVG charts, one stylesheet,
// and the CSV behind each table. No script, no request to anywhere, nothing but the aggregate
// figures of a Publication and the labels the caller gives for its codes.
import { DIMENSIONS, type Dimension } from '../statistics/dimensions';

const isDimension = (text: string): text is Dimension =>
  (DIMENSIONS as readonly string[]).includes(text);
import { OTHER, type Publication, type PublicTable } from './tables';

export type SiteLang = 'en' | 'ru' | 'uk';

export interface SiteOptions {
  readonly title: string;
  readonly lang: SiteLang;
  /** ISO day the site was made. */
  readonly generatedOn: string;
  /** A human label for a value of a dimension (null = unknown); OTHER is labelled here. */
  readonly label: (dimension: Dimension, value: string | null) => string;
  /** A human name of a dimension (default: its id). */
  readonly dimensionLabel?: (dimension: Dimension) => string;
}

const TEXT = {
  en: {
    intro: (total: number, k: number) =>
      `These statistics count ${total} documented incidents of torture and ill-treatment. They are counts of what was documented, not of all that happened: most incidents are never reported. To protect the people behind them, every figure counts at least ${k} incidents of at least ${k} people; smaller categories are merged into “other”, and some cells of two-way tables are suppressed (shown as “–”) so that small ones cannot be worked out from the totals.`,
    tooFew: (k: number) =>
      `Fewer than ${k} incidents or people are documented in this period: nothing can be published without the risk of identifying someone.`,
    period: 'Period',
    all: 'all dates',
    generated: 'Published on',
    total: 'Total',
    incidents: 'incidents',
    other: (k: number) => `other (each fewer than ${k})`,
    suppressed: '– suppressed to protect small groups',
    hidden: (n: number, k: number) =>
      `${n} more categories with fewer than ${k} incidents or people are not shown.`,
    multi: 'An incident may fall under several categories; these do not add up to the total.',
    withheld: 'Not published',
    reasons: {
      'too-few': (k: number) => `fewer than ${k} incidents or people in the period`,
      margin: () => 'protecting its small cells would need a total hidden',
      audit: () => 'the audit found a small cell',
    },
    everything: 'everything',
    csv: 'CSV',
    by: 'Incidents by',
  },
  ru: {
    intro: (total: number, k: number) =>
      `Статистика охватывает ${total} задокументированных случаев пыток и жестокого обращения. Это число задокументированных случаев, а не всех происшедших: о большинстве не сообщается. Чтобы защитить людей, каждая цифра относится не менее чем к ${k} случаям и ${k} людям; меньшие категории объединены в «другое», а некоторые ячейки двумерных таблиц скрыты («–»), чтобы малые значения нельзя было вычислить из итогов.`,
    tooFew: (k: number) =>
      `За этот период задокументировано меньше ${k} случаев или людей: ничего нельзя опубликовать без риска раскрыть чью-то личность.`,
    period: 'Период',
    all: 'все даты',
    generated: 'Опубликовано',
    total: 'Всего',
    incidents: 'случаев',
    other: (k: number) => `другое (каждое меньше ${k})`,
    suppressed: '– скрыто для защиты малых групп',
    hidden: (n: number, k: number) =>
      `Ещё ${n} категорий, где меньше ${k} случаев или людей, не показаны.`,
    multi: 'Один случай может относиться к нескольким категориям; их сумма не равна итогу.',
    withheld: 'Не опубликовано',
    reasons: {
      'too-few': (k: number) => `меньше ${k} случаев или людей за период`,
      margin: () => 'для защиты малых ячеек пришлось бы скрыть итог',
      audit: () => 'проверка нашла малую ячейку, которую можно вычислить',
    },
    everything: 'всё',
    csv: 'CSV',
    by: 'Случаи по признаку',
  },
  uk: {
    intro: (total: number, k: number) =>
      `Статистика охоплює ${total} задокументованих випадків катувань і жорстокого поводження. Це кількість задокументованих випадків, а не всіх, що сталися: про більшість не повідомляють. Щоб захистити людей, кожна цифра стосується щонайменше ${k} випадків і ${k} людей; менші категорії об'єднано в «інше», а деякі клітинки двовимірних таблиць приховано («–»), щоб малі значення не можна було обчислити з підсумків.`,
    tooFew: (k: number) =>
      `За цей період задокументовано менше ${k} випадків або людей: нічого не можна опублікувати без ризику розкрити чиюсь особу.`,
    period: 'Період',
    all: 'усі дати',
    generated: 'Опубліковано',
    total: 'Усього',
    incidents: 'випадків',
    other: (k: number) => `інше (кожне менше ${k})`,
    suppressed: '– приховано для захисту малих груп',
    hidden: (n: number, k: number) =>
      `Ще ${n} категорій, де менше ${k} випадків або людей, не показано.`,
    multi: 'Один випадок може належати до кількох категорій; їхня сума не дорівнює підсумку.',
    withheld: 'Не опубліковано',
    reasons: {
      'too-few': (k: number) => `менше ${k} випадків або людей за період`,
      margin: () => 'для захисту малих клітинок довелося б приховати підсумок',
      audit: () => 'перевірка знайшла малу клітинку, яку можна обчислити',
    },
    everything: 'усе',
    csv: 'CSV',
    by: 'Випадки за ознакою',
  },
} as const;

/** Text for HTML element content and attribute values. */
export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

const csvOf = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

const slugOf = (t: PublicTable): string =>
  t.kind === 'cross' ? `${t.rows}-by-${t.columns}` : t.dimension;

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.5rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}.note{color:#555;font-size:.9rem}
svg text{font:12px system-ui,sans-serif;fill:#1b1b1b}.bar{fill:#3a6ea5}
@media print{a{color:inherit}}
`;

/** A horizontal bar chart of labelled counts, as SVG. */
const barsSvg = (labels: readonly string[], values: readonly number[], title: string): string => {
  const max = Math.max(1, ...values);
  const row = 22;
  const left = 220;
  const width = 640;
  const bars = labels
    .map((l, i) => {
      const w = Math.round(((width - left - 60) * (values[i] ?? 0)) / max);
      const y = i * row;
      return `<text x="${left - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(l.slice(0, 34))}</text><rect class="bar" x="${left}" y="${y + 3}" width="${w}" height="${row - 6}"/><text x="${left + w + 4}" y="${y + 15}">${values[i] ?? 0}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${labels.length * row}" viewBox="0 0 ${width} ${labels.length * row}">${bars}</svg>`;
};

/** A cell of a heat map: shaded by its share of the largest cell; suppressed cells are plain. */
const heatCell = (value: number | null, max: number): string => {
  if (value === null) return '<td>–</td>';
  const alpha = max === 0 ? 0 : Math.round((value / max) * 70) / 100;
  return `<td style="background:rgba(58,110,165,${alpha})">${value}</td>`;
};

/** The site's files by path: index.html, style.css and one CSV per table. */
export const publicSite = (publication: Publication, options: SiteOptions): Map<string, string> => {
  const t = TEXT[options.lang];
  const k = publication.k;
  const label = (d: Dimension, v: string | null) =>
    v === OTHER ? t.other(k) : options.label(d, v);
  const dim = options.dimensionLabel ?? ((d: Dimension) => d);
  /** "everything", a dimension, or "a × b", in the site's language. */
  const withheldName = (name: string): string => {
    if (name === 'everything') return t.everything;
    const parts = name.split(' × ');
    return parts.every(isDimension) ? parts.map(dim).join(' × ') : name;
  };
  const files = new Map<string, string>();
  const sections: string[] = [];
  for (const table of publication.tables) {
    const slug = slugOf(table);
    const csvLink = `<a href="${slug}.csv">${t.csv}</a>`;
    if (table.kind === 'cross') {
      const rowLabels = table.rowValues.map((v) => label(table.rows, v));
      const columnLabels = table.columnValues.map((v) => label(table.columns, v));
      const max = Math.max(0, ...table.values.flat().map((v) => v ?? 0));
      const head = `<tr><th></th>${columnLabels.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}<th>${t.total}</th></tr>`;
      const body = table.values
        .map(
          (row, i) =>
            `<tr><th scope="row">${escapeHtml(rowLabels[i] ?? '')}</th>${row.map((v) => heatCell(v, max)).join('')}<td>${table.rowTotals[i] ?? ''}</td></tr>`,
        )
        .join('');
      const foot = `<tr><th scope="row">${t.total}</th>${table.columnTotals.map((v) => `<td>${v}</td>`).join('')}<td>${table.total}</td></tr>`;
      const title = `${t.by}: ${dim(table.rows)} × ${dim(table.columns)}`;
      sections.push(
        `<section><h2>${escapeHtml(title)}</h2><table>${head}${body}${foot}</table><p class="note">${escapeHtml(t.suppressed)} · ${csvLink}</p></section>`,
      );
      files.set(
        `${slug}.csv`,
        csvOf([
          [dim(table.rows), ...columnLabels, t.total],
          ...table.values.map((row, i) => [
            rowLabels[i] ?? '',
            ...row.map((v) => (v === null ? '' : String(v))),
            String(table.rowTotals[i] ?? ''),
          ]),
          [t.total, ...table.columnTotals.map(String), String(table.total)],
        ]),
      );
      continue;
    }
    const labels = table.values.map((v) => label(table.dimension, v));
    const title = `${t.by}: ${dim(table.dimension)}`;
    const rows = labels.map((l, i) => [l, String(table.incidents[i] ?? 0)]);
    const notes =
      table.kind === 'list'
        ? `<p class="note">${escapeHtml(t.multi)}${table.hidden > 0 ? ` ${escapeHtml(t.hidden(table.hidden, k))}` : ''}</p>`
        : '';
    const totalRow = table.kind === 'series' ? [[t.total, String(table.total)]] : [];
    sections.push(
      `<section><h2>${escapeHtml(title)}</h2>${barsSvg(labels, table.incidents, title)}<table><tr><th scope="col">${escapeHtml(dim(table.dimension))}</th><th scope="col">${t.incidents}</th></tr>${[
        ...rows,
        ...totalRow,
      ]
        .map((r) => `<tr><td>${escapeHtml(r[0] ?? '')}</td><td>${r[1]}</td></tr>`)
        .join('')}</table>${notes}<p class="note">${csvLink}</p></section>`,
    );
    files.set(`${slug}.csv`, csvOf([[dim(table.dimension), t.incidents], ...rows, ...totalRow]));
  }
  const withheld =
    publication.withheld.length === 0
      ? ''
      : `<section><h2>${t.withheld}</h2><ul>${publication.withheld.map((w) => `<li>${escapeHtml(withheldName(w.name))}: ${escapeHtml(t.reasons[w.code](k))}</li>`).join('')}</ul></section>`;
  const period =
    publication.from === null && publication.to === null
      ? t.all
      : `${publication.from ?? '…'} – ${publication.to ?? '…'}`;
  files.set('style.css', STYLE);
  files.set(
    'index.html',
    `<!doctype html>
<html lang="${options.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${escapeHtml(options.title)}</title><link rel="stylesheet" href="style.css"></head>
<body><h1>${escapeHtml(options.title)}</h1>
<p>${escapeHtml(publication.total === null ? t.tooFew(k) : t.intro(publication.total, k))}</p>
<p class="note">${t.period}: ${escapeHtml(period)} · ${t.generated}: ${escapeHtml(options.generatedOn)} · k = ${k}</p>
${sections.join('\n')}
${withheld}
</body></html>
`,
  );
  return files;
};
