import { auditSeries, DEFAULT_K, protectSeries } from '@vigil/analytics';
import {
  statValueLabel,
  victimsCountedAsLabel,
  type ConsentExclusion,
  type StatsResponse,
} from '@vigil/core';
import type { Block, ReportDocument, Section } from './document';
import { enumLabel, periodText, regionLabel, type ReportLang } from './labels';
import { fill, reportText } from './text';

/**
 * The statistical annex of a UNCAT shadow report (issue 6 point 4a): one table and one chart per
 * dimension over a period, built from the server's statistics (coded data only) and protected by
 * the analytics disclosure functions before anything is shown.
 */

/** The dimensions the annex counts by, in the order it shows them. */
export const ANNEX_DIMENSIONS = [
  'year',
  'region',
  'method',
  'perpetrator-agency',
  'facility-type',
  'sex',
  'age-band',
  'group',
] as const;
export type AnnexDimension = (typeof ANNEX_DIMENSIONS)[number];

/** What the annex is built from: one statistics answer per dimension, all for the same period. */
export interface AnnexInput {
  readonly from?: string;
  readonly to?: string;
  /**
   * The answers, asked with `consent: { purpose: 'un-aggregate' }` (see loadAnnexInput): then
   * each carries what consent left out, and the annex lists it.
   */
  readonly tables: Readonly<Record<AnnexDimension, StatsResponse>>;
}

/** What consent left out of the annex's figures, and why: counts only, never who. */
export interface AnnexConsent {
  /** Incidents without recorded consent were counted at the organisation's choice. */
  readonly includeUnrecorded: boolean;
  readonly excluded: readonly {
    readonly reason: ConsentExclusion;
    readonly incidents: number;
    readonly victims: number;
  }[];
}

/** A published figure: null where suppressed. */
export type Published = number | null;

export interface AnnexRow {
  readonly value: string | null;
  readonly incidents: Published;
  readonly victims: Published;
}

export interface AnnexTable {
  readonly dimension: AnnexDimension;
  /** Some incidents hold several values of the dimension: rows add up to more than the total. */
  readonly multiValued: boolean;
  readonly rows: readonly AnnexRow[];
  readonly total: { readonly incidents: Published; readonly victims: Published };
  /** How many figures of the table are suppressed (cells and totals). */
  readonly suppressed: number;
  /** The disclosure auditor's verdict on both series of the table. */
  readonly safe: boolean;
}

export interface AnnexModel {
  readonly kind: 'annex';
  readonly from?: string;
  readonly to?: string;
  readonly k: number;
  readonly total: { readonly incidents: Published; readonly victims: Published };
  /** Incidents in the vault before the period was applied. */
  readonly basis: Published;
  readonly tables: readonly AnnexTable[];
  /** What consent left out; null when the figures were not asked with consent applied. */
  readonly consent: AnnexConsent | null;
  /** The linkage run whose people are the distinct victims; null: person records (none saved). */
  readonly linkRun: number | null;
}

const isSmall = (n: number, k: number): boolean => n >= 1 && n < k;
const publish = (n: number, k: number): Published => (isSmall(n, k) ? null : n);

/** Per-row figures of a one-dimension answer, in the server's row order. */
const seriesOf = (answer: StatsResponse) => {
  const byRow = new Map(answer.rowTotals.map((c) => [c.row, c]));
  const rows = answer.rows.map((row) => byRow.get(row) ?? { row, incidents: 0, victims: 0 });
  return {
    values: rows.map((r) => r.row),
    incidents: rows.map((r) => r.incidents),
    victims: rows.map((r) => r.victims),
  };
};

/**
 * The annex's figures with small counts suppressed (counts from 1 to k − 1, and enough others
 * that none can be worked out). Each table's two series — incidents and distinct victims — are
 * protected by `protectSeries` and checked by `auditSeries`. All tables share one total: it is
 * published only when it is not small and every table could publish it beside its rows, so a row
 * suppressed in one table can never be recovered from the total published in another.
 */
export const buildAnnex = (input: AnnexInput, options: { k?: number } = {}): AnnexModel => {
  const k = options.k ?? DEFAULT_K;
  const first = input.tables.year;
  const protectedTables = ANNEX_DIMENSIONS.map((dimension) => {
    const answer = input.tables[dimension];
    const series = seriesOf(answer);
    const labels = series.values.map((v) => v ?? '');
    const incidents = protectSeries(series.incidents, labels, { k });
    const victims = protectSeries(series.victims, labels, { k });
    const safe =
      auditSeries(series.incidents, incidents, { k }).safe &&
      auditSeries(series.victims, victims, { k }).safe;
    return { dimension, answer, series, incidents, victims, safe };
  });
  const total = {
    incidents:
      protectedTables.every((t) => t.incidents.total !== null) && !isSmall(first.total.incidents, k)
        ? first.total.incidents
        : null,
    victims:
      protectedTables.every((t) => t.victims.total !== null) && !isSmall(first.total.victims, k)
        ? first.total.victims
        : null,
  };
  const tables = protectedTables.map(({ dimension, answer, series, incidents, victims, safe }) => {
    const rows = series.values.map((value, i) => ({
      value,
      incidents: incidents.values[i] ?? null,
      victims: victims.values[i] ?? null,
    }));
    const hidden =
      rows.filter((r) => r.incidents === null).length +
      rows.filter((r) => r.victims === null).length +
      (total.incidents === null ? 1 : 0) +
      (total.victims === null ? 1 : 0);
    return {
      dimension,
      multiValued: answer.multiValued.includes(dimension),
      rows,
      total,
      suppressed: hidden,
      safe,
    };
  });
  return {
    kind: 'annex',
    ...(input.from === undefined ? {} : { from: input.from }),
    ...(input.to === undefined ? {} : { to: input.to }),
    k,
    total,
    basis: publish(first.basis.incidents, k),
    tables,
    consent:
      first.consent === undefined
        ? null
        : { includeUnrecorded: first.consent.includeUnrecorded, excluded: first.consent.excluded },
    linkRun: first.people.linkRun,
  };
};

/** A value of a dimension in the report's language. */
export const annexValueLabel = (
  lang: ReportLang,
  dimension: AnnexDimension,
  value: string | null,
): string => {
  const t = reportText(lang);
  if (value === null) return dimension === 'year' ? t.undated : t.unknown;
  switch (dimension) {
    case 'year':
      return value;
    case 'region':
      return regionLabel(lang, value);
    case 'facility-type':
      return enumLabel(lang, 'facilityType', value);
    case 'sex':
      return enumLabel(lang, 'sex', value);
    case 'age-band':
      return enumLabel(lang, 'ageBand', value);
    default:
      return statValueLabel(dimension, value, lang);
  }
};

const figure = (n: Published): string => (n === null ? '–' : String(n));

const tableSection = (lang: ReportLang, table: AnnexTable, k: number): Section => {
  const t = reportText(lang);
  const title = t.annex.titles[table.dimension];
  const notes = [
    ...(table.multiValued ? [t.annex.multiNote] : []),
    t.annex.victimsNote,
    ...(table.suppressed > 0 ? [fill(t.annex.suppressedNote, { small: k - 1 })] : []),
  ];
  const blocks: Block[] = [
    {
      type: 'table',
      caption: title,
      head: [t.annex.columns[table.dimension], t.incidents, t.victims],
      numeric: [false, true, true],
      rows: [
        ...table.rows.map((r) => ({
          cells: [
            annexValueLabel(lang, table.dimension, r.value),
            figure(r.incidents),
            figure(r.victims),
          ],
        })),
        {
          cells: [t.total, figure(table.total.incidents), figure(table.total.victims)],
          total: true,
        },
      ],
      notes,
    },
    {
      type: 'bars',
      caption: fill(t.annex.chart, { title: title.toLowerCase() }),
      bars: table.rows.map((r) => ({
        label: annexValueLabel(lang, table.dimension, r.value),
        value: r.incidents,
      })),
      suppressedText: t.suppressed,
    },
  ];
  return { id: `by-${table.dimension}`, title, blocks };
};

/** The annex as a document in `lang`; `generatedOn` is the ISO day it was made. */
export const annexDocument = (
  model: AnnexModel,
  lang: ReportLang,
  generatedOn: string,
): ReportDocument => {
  const t = reportText(lang);
  const small = model.k - 1;
  const summary: Section = {
    id: 'summary',
    title: t.annex.summary,
    blocks:
      model.total.incidents === 0
        ? [{ type: 'paragraph', text: t.annex.empty }]
        : [
            {
              type: 'facts',
              items: [
                { label: t.annex.inPeriod, value: figure(model.total.incidents) },
                { label: t.annex.victimsInPeriod, value: figure(model.total.victims) },
                {
                  label: t.annex.victimsCountedAs,
                  value: victimsCountedAsLabel(model.linkRun, lang),
                },
                { label: t.annex.basis, value: figure(model.basis) },
              ],
            },
          ],
  };
  const tables = model.total.incidents === 0 ? [] : model.tables;
  return {
    kind: 'annex',
    lang,
    title: t.annex.title,
    subtitle: t.annex.subtitle,
    meta: [
      { label: t.period, value: periodText(lang, model.from, model.to) },
      { label: t.generatedOn, value: generatedOn },
      { label: t.annex.threshold, value: String(model.k) },
    ],
    sections: [
      summary,
      ...tables.map((table) => tableSection(lang, table, model.k)),
      {
        id: 'methodology',
        title: t.annex.methodology,
        blocks: t.annex.methodologyText.map((p) => ({
          type: 'paragraph' as const,
          text: fill(p, { small }),
        })),
      },
      {
        id: 'caveats',
        title: t.annex.caveats,
        blocks: t.annex.caveatsText.map((p) => ({ type: 'paragraph' as const, text: p })),
      },
      consentSection(lang, model.consent),
    ],
    footer: t.footer,
  };
};

/** The consent section: the rule applied, and how many incidents and victims it left out and why. */
const consentSection = (lang: ReportLang, consent: AnnexConsent | null): Section => {
  const t = reportText(lang);
  if (consent === null) {
    return {
      id: 'consent',
      title: t.annex.consent,
      blocks: [{ type: 'paragraph', text: t.annex.consentText }],
    };
  }
  const left = consent.excluded.filter((e) => e.incidents > 0);
  const blocks: Block[] = [
    { type: 'paragraph', text: t.annex.consentRule },
    ...(consent.includeUnrecorded
      ? [{ type: 'paragraph' as const, text: t.annex.consentUnrecorded }]
      : []),
  ];
  if (left.length === 0) blocks.push({ type: 'paragraph', text: t.annex.consentNone });
  else {
    blocks.push({
      type: 'table',
      caption: t.annex.consentCaption,
      head: t.annex.consentHead,
      numeric: [false, true, true],
      rows: left.map((e) => ({
        cells: [t.annex.consentReasons[e.reason], String(e.incidents), String(e.victims)],
      })),
    });
  }
  return { id: 'consent', title: t.annex.consent, blocks };
};
