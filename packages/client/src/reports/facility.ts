import { DEFAULT_K, protectSeries } from '@vigil/analytics';
import {
  consentDecisions,
  CPT_HEADINGS,
  facilityName,
  INDICATORS,
  type ConsentSubject,
  type ConsentUse,
  type CptHeading,
  type Facility,
  type FacilityOverview,
  type IndicatorId,
} from '@vigil/core';
import type { RecordView, RecordViewOf } from '../records';
import type { Published } from './annex';
import type { Block, ReportDocument, Section } from './document';
import {
  enumLabel,
  periodText,
  rangeText,
  regionLabel,
  vocabLabel,
  type ReportLang,
} from './labels';
import { excludedSection, fill, lines, reportText, type ExcludedItem } from './text';

/**
 * A facility report in the structure of a CPT visit report (issue 6 point 4c): for one facility
 * and period, what the vault's monitoring reports found under each CPT heading, with the
 * recommendations, comments and requests and their follow-up, the conditions indicators with
 * what they rest on, and incident counts with small cells suppressed. Reports and findings whose
 * sources did not consent to the report's use are left out and listed.
 */

/** The chapters of the report: CPT headings grouped as a visit report groups them. */
export const FACILITY_CHAPTERS = [
  'ill-treatment',
  'safeguards',
  'conditions',
  'health-care',
  'discipline-segregation',
  'contact-outside-world',
  'complaints-inspection',
] as const;
export type FacilityChapter = (typeof FACILITY_CHAPTERS)[number];

/** The chapter a heading belongs to. */
export const chapterOf = (heading: CptHeading): FacilityChapter =>
  heading.startsWith('safeguards.')
    ? 'safeguards'
    : heading.startsWith('conditions.')
      ? 'conditions'
      : (heading as FacilityChapter);

/** Where each indicator is reported: under a heading (its chapter follows). */
const INDICATOR_HEADINGS: Record<IndicatorId, CptHeading> = {
  incidents: 'ill-treatment',
  victims: 'ill-treatment',
  'deaths-recorded': 'ill-treatment',
  'isolation-incidents': 'discipline-segregation',
  'lawyer-denied': 'safeguards.lawyer',
  'doctor-denied': 'safeguards.doctor',
  'space-per-person': 'conditions.space',
  'family-denied': 'contact-outside-world',
  'punishment-cell-placements': 'discipline-segregation',
  'deaths-reported': 'health-care',
};

export interface FacilityReportInput {
  readonly facility: Facility;
  readonly overview: FacilityOverview;
  readonly from?: string;
  readonly to?: string;
  /** The monitoring reports and findings the overview lists, opened; and their sources. */
  readonly reports: readonly RecordViewOf<'monitoring-report'>[];
  readonly findings: readonly RecordViewOf<'monitoring-finding'>[];
  readonly sources: readonly RecordViewOf<'source'>[];
  /** The use the report is made for; what its sources did not consent to is left out. */
  readonly purpose: ConsentUse;
}

export interface IndicatorSeries {
  readonly indicator: IndicatorId;
  readonly values: readonly {
    readonly period: string | null;
    readonly value: Published;
    readonly basis: number;
  }[];
}

export interface FacilityReportModel {
  readonly kind: 'facility';
  readonly facility: Facility;
  readonly from?: string;
  readonly to?: string;
  readonly purpose: ConsentUse;
  readonly k: number;
  readonly incidents: {
    readonly total: Published;
    readonly victims: Published;
    readonly byMethod: readonly { readonly code: string; readonly incidents: Published }[];
  };
  readonly held: { readonly now: Published; readonly before: Published };
  readonly reports: readonly RecordViewOf<'monitoring-report'>[];
  readonly findings: readonly RecordViewOf<'monitoring-finding'>[];
  readonly indicators: readonly IndicatorSeries[];
  readonly excluded: readonly ExcludedItem[];
}

const subjectOf = (r: RecordView): ConsentSubject => ({
  id: r.id,
  kind: r.kind,
  deleted: r.deleted,
  data: r.data as Readonly<Record<string, unknown>>,
});

const isSmall = (n: number, k: number): boolean => n >= 1 && n < k;

/** The report's content: consent applied to reports and findings, small counts suppressed. */
export const buildFacilityReport = (
  input: FacilityReportInput,
  options: { k?: number } = {},
): FacilityReportModel => {
  const k = options.k ?? DEFAULT_K;
  const { overview } = input;
  const all: RecordView[] = [...input.sources, ...input.reports, ...input.findings];
  const decisions = consentDecisions(all.map(subjectOf), input.purpose);
  const ok = (r: RecordView) => decisions.get(r.id)?.allowed === true;
  const excluded: ExcludedItem[] = [];
  for (const r of [...input.reports, ...input.findings]) {
    const d = decisions.get(r.id);
    if (d !== undefined && !d.allowed) excluded.push({ kind: r.kind, id: r.id, reason: d.reason });
  }

  // Counts of incidents are protected like the annex's: each series, and the total published
  // only when every series could publish it.
  const methods = overview.incidents.byMethod;
  const byMethod = protectSeries(
    methods.map((m) => m.incidents),
    methods.map((m) => m.code),
    { k },
  );
  const indicators: IndicatorSeries[] = [];
  let countSeriesHideTotal = false;
  for (const id of Object.keys(INDICATORS) as IndicatorId[]) {
    const values = overview.indicators.filter((v) => v.indicator === id);
    if (values.length === 0) continue;
    if (INDICATORS[id].unit !== 'count') {
      indicators.push({
        indicator: id,
        values: values.map((v) => ({ period: v.period, value: v.value, basis: v.basis })),
      });
      continue;
    }
    const series = protectSeries(
      values.map((v) => v.value),
      values.map((v) => v.period ?? ''),
      { k },
    );
    if (id === 'incidents' && series.total === null) countSeriesHideTotal = true;
    indicators.push({
      indicator: id,
      values: values.map((v, i) => ({
        period: v.period,
        value: series.values[i] ?? null,
        basis: v.basis,
      })),
    });
  }
  const total = overview.incidents.total;
  const showTotal = !isSmall(total, k) && byMethod.total !== null && !countSeriesHideTotal;
  const now = overview.detentions.filter((d) => d.ongoing).length;
  const before = overview.detentions.length - now;
  return {
    kind: 'facility',
    facility: input.facility,
    ...(input.from === undefined ? {} : { from: input.from }),
    ...(input.to === undefined ? {} : { to: input.to }),
    purpose: input.purpose,
    k,
    incidents: {
      total: showTotal ? total : null,
      victims: isSmall(overview.incidents.victims, k) ? null : overview.incidents.victims,
      byMethod: methods.map((m, i) => ({ code: m.code, incidents: byMethod.values[i] ?? null })),
    },
    held: {
      now: isSmall(now, k) ? null : now,
      before: isSmall(before, k) ? null : before,
    },
    reports: input.reports.filter(ok),
    findings: input.findings.filter(ok),
    indicators,
    excluded,
  };
};

const figure = (n: Published): string => (n === null ? '–' : String(n));

const indicatorValueText = (lang: ReportLang, id: IndicatorId, value: Published): string => {
  if (value === null) return '–';
  const f = reportText(lang).facility;
  switch (INDICATORS[id].unit) {
    case 'share':
      return fill(f.perCent, { value: Math.round(value * 100) });
    case 'square metres':
      return fill(f.squareMetres, { value: Math.round(value * 10) / 10 });
    default:
      return String(value);
  }
};

const indicatorBlock = (lang: ReportLang, series: IndicatorSeries): Block => {
  const t = reportText(lang);
  const from = INDICATORS[series.indicator].from;
  return {
    type: 'table',
    caption: enumLabel(lang, 'indicator', series.indicator),
    head: t.facility.indicatorHead,
    numeric: [false, true, true],
    rows: series.values.map((v) => ({
      cells: [
        v.period ?? t.undated,
        indicatorValueText(lang, series.indicator, v.value),
        String(v.basis),
      ],
    })),
    notes: [
      fill(t.facility.indicatorNote, {
        method: enumLabel(lang, 'indicatorMethod', series.indicator),
        from:
          from === 'records'
            ? t.facility.from.records
            : from === 'reports'
              ? t.facility.from.reports
              : t.facility.from.both,
      }),
    ],
  };
};

const findingBlocks = (
  lang: ReportLang,
  findings: readonly RecordViewOf<'monitoring-finding'>[],
): Block[] => {
  const f = reportText(lang).facility;
  return findings.map((finding) => {
    const d = finding.data;
    const label = fill(f.findingLabel, {
      kind: enumLabel(lang, 'findingKind', d.kind),
      status: enumLabel(lang, 'followUp', d.followUp),
    });
    return {
      type: 'field',
      id: `finding.${finding.id}`,
      label:
        d.followUpDate === undefined || d.followUpDate.precision === 'unknown'
          ? label
          : fill(f.findingDate, { label, date: d.followUpDate.value }),
      text: [d.text ?? '', lines([{ label: f.answer, value: d.followUpNotes ?? '' }])]
        .filter((s) => s !== '')
        .join('\n'),
    };
  });
};

/** The blocks under one heading: its indicators, then its findings (or a word that there are none). */
const headingBlocks = (
  lang: ReportLang,
  model: FacilityReportModel,
  heading: CptHeading,
): Block[] => {
  const indicators = model.indicators
    .filter((s) => INDICATOR_HEADINGS[s.indicator] === heading)
    .map((s) => indicatorBlock(lang, s));
  const findings = model.findings.filter((x) => x.data.heading === heading);
  return [
    ...indicators,
    ...(findings.length === 0
      ? [{ type: 'paragraph' as const, text: reportText(lang).facility.noFindings, note: true }]
      : findingBlocks(lang, findings)),
  ];
};

const illTreatmentBlocks = (lang: ReportLang, model: FacilityReportModel): Block[] => {
  const t = reportText(lang);
  const f = t.facility;
  return [
    {
      type: 'facts',
      items: [
        { label: f.incidents, value: figure(model.incidents.total) },
        { label: f.victims, value: figure(model.incidents.victims) },
      ],
    },
    ...(model.incidents.byMethod.length === 0
      ? []
      : [
          {
            type: 'table' as const,
            caption: f.byMethod,
            head: [f.method, t.incidents],
            numeric: [false, true],
            rows: model.incidents.byMethod.map((m) => ({
              cells: [vocabLabel(lang, 'violence-methods', m.code), figure(m.incidents)],
            })),
            notes: [t.annex.multiNote, fill(t.annex.suppressedNote, { small: model.k - 1 })],
          },
          {
            type: 'bars' as const,
            caption: f.byMethod,
            bars: model.incidents.byMethod.map((m) => ({
              label: vocabLabel(lang, 'violence-methods', m.code),
              value: m.incidents,
            })),
            suppressedText: t.suppressed,
          },
        ]),
    ...headingBlocks(lang, model, 'ill-treatment'),
  ];
};

/** The facility report as a document in `lang`; `generatedOn` is the ISO day it was made. */
export const facilityDocument = (
  model: FacilityReportModel,
  lang: ReportLang,
  generatedOn: string,
): ReportDocument => {
  const t = reportText(lang);
  const f = t.facility;
  const fac = model.facility;
  const name = facilityName(fac.names, lang);
  const otherNames = [
    ...Object.values(fac.names).filter((n): n is string => n !== undefined && n !== name),
    ...fac.aliases,
  ];
  const introduction: Section = {
    id: 'introduction',
    title: f.introduction,
    blocks: [
      {
        type: 'facts',
        items: [
          { label: f.names, value: name },
          { label: f.otherNames, value: otherNames.join('; ') },
          { label: f.type, value: enumLabel(lang, 'facilityType', fac.type) },
          { label: f.authority, value: enumLabel(lang, 'authority', fac.authority) },
          { label: f.region, value: regionLabel(lang, fac.region) },
          { label: f.capacity, value: fac.capacity === null ? '' : String(fac.capacity) },
          { label: f.heldNow, value: figure(model.held.now) },
          { label: f.heldBefore, value: figure(model.held.before) },
        ].filter((x) => x.value !== ''),
      },
      model.reports.length === 0
        ? { type: 'paragraph', text: f.noReports, note: true }
        : {
            type: 'table',
            caption: f.reportsCaption,
            head: f.reportsHead,
            numeric: [false, false, true],
            rows: model.reports.map((r) => ({
              cells: [
                r.data.period === undefined ? t.unknown : rangeText(lang, r.data.period),
                r.data.methods.map((m) => enumLabel(lang, 'monitoringMethod', m)).join(', '),
                r.data.informants === undefined ? '' : String(r.data.informants),
              ],
            })),
          },
      ...model.reports
        .filter((r) => r.data.summary !== undefined)
        .map((r): Block => ({
          type: 'field',
          id: `summary.${r.id}`,
          label: fill(f.summaryLabel, {
            period: r.data.period === undefined ? t.unknown : rangeText(lang, r.data.period),
          }),
          text: r.data.summary ?? '',
        })),
    ],
  };
  const chapters: Section[] = FACILITY_CHAPTERS.map((chapter) => {
    const headings = CPT_HEADINGS.filter((h) => chapterOf(h) === chapter);
    const title = f.groups[chapter];
    if (chapter === 'ill-treatment') {
      return { id: chapter, title, blocks: illTreatmentBlocks(lang, model) };
    }
    const only = headings.length === 1 ? headings[0] : undefined;
    if (only !== undefined) return { id: chapter, title, blocks: headingBlocks(lang, model, only) };
    return {
      id: chapter,
      title,
      blocks: [],
      subsections: headings.map((h) => ({
        id: h,
        title: enumLabel(lang, 'heading', h),
        blocks: headingBlocks(lang, model, h),
      })),
    };
  });
  const recommendations: Section = {
    id: 'recommendations',
    title: f.recommendations,
    blocks:
      model.findings.length === 0
        ? [{ type: 'paragraph', text: t.nothingRecorded, note: true }]
        : [
            {
              type: 'table',
              caption: f.recommendations,
              head: f.recommendationsHead,
              numeric: [false, false, false, false],
              rows: [...model.findings]
                .sort(
                  (a, b) =>
                    CPT_HEADINGS.indexOf(a.data.heading) - CPT_HEADINGS.indexOf(b.data.heading),
                )
                .map((x) => ({
                  cells: [
                    enumLabel(lang, 'heading', x.data.heading),
                    enumLabel(lang, 'findingKind', x.data.kind),
                    enumLabel(lang, 'followUp', x.data.followUp),
                    x.data.followUpDate === undefined || x.data.followUpDate.precision === 'unknown'
                      ? ''
                      : x.data.followUpDate.value,
                  ],
                })),
            },
          ],
  };
  const purpose = enumLabel(lang, 'consent', model.purpose);
  return {
    kind: 'facility',
    lang,
    title: fill(f.title, { name }),
    subtitle: f.subtitle,
    meta: [
      { label: t.period, value: periodText(lang, model.from, model.to) },
      { label: t.generatedOn, value: generatedOn },
      { label: t.purpose, value: purpose },
    ],
    sections: [
      introduction,
      ...chapters,
      recommendations,
      excludedSection(lang, 'excluded', f.excluded, model.purpose, model.excluded),
      {
        id: 'about',
        title: f.about,
        blocks: f.aboutText.map((p) => ({
          type: 'paragraph' as const,
          text: fill(p, { purpose, small: model.k - 1 }),
        })),
      },
    ],
    footer: t.footer,
  };
};

/** Used by loaders: the ids of what the overview lists. */
export const overviewIds = (overview: FacilityOverview) => ({
  reports: overview.reports.map((r) => r.id),
  findings: overview.findings.map((f) => f.id),
});
