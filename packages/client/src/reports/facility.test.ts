import type { FacilityOverview } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import {
  buildFacilityReport,
  chapterOf,
  facilityDocument,
  type FacilityReportInput,
} from './facility';
import { day, facility, rid, view } from './fixtures.test-helpers';

const colony = rid(100);
const [lawyerSource, silentSource, openReport, closedReport, space, doctor, secret] = [
  1, 2, 3, 4, 5, 6, 7,
].map(rid) as [string, string, string, string, string, string, string];

const overview = (): FacilityOverview =>
  ({
    facility: colony,
    merged: [],
    bucket: 'year',
    incidents: {
      total: 12,
      victims: 9,
      byPeriod: [{ period: '2024', incidents: 12, victims: 9 }],
      byMethod: [
        { code: '030101000000', incidents: 10 },
        { code: '031800000000', incidents: 2 },
      ],
    },
    detentions: [],
    reports: [],
    findings: [],
    indicators: [
      { indicator: 'incidents', period: '2023', value: 3, basis: 3, records: [], more: 0 },
      { indicator: 'incidents', period: '2024', value: 9, basis: 9, records: [], more: 0 },
      {
        indicator: 'space-per-person',
        period: '2024',
        value: 1.75,
        basis: 2,
        records: [],
        more: 0,
      },
    ],
  }) as unknown as FacilityOverview;

const input = (): FacilityReportInput => ({
  facility: facility(colony, 'ИК-6 Мелехово', 'IK-6 Melekhovo'),
  overview: overview(),
  from: '2024-01-01',
  to: '2024-12-31',
  purpose: 'un-bodies',
  sources: [
    view('source', lawyerSource, { connection: '010200000000', consent: ['un-bodies'] }),
    view('source', silentSource, { consent: ['internal'] }),
  ],
  reports: [
    view('monitoring-report', openReport, {
      facility: colony,
      sources: [lawyerSource],
      methods: ['lawyer-visit'],
      informants: 2,
      period: { precision: 'range', from: day('2024-02-01'), to: day('2024-03-31') },
      summary: 'Cells for 40 hold 90; no doctor for weeks.',
      interviewContent: 'What the informants said, never in a report.',
    }),
    view('monitoring-report', closedReport, {
      facility: colony,
      sources: [silentSource],
      methods: ['relatives'],
      summary: 'A report whose informant consented to internal use only.',
    }),
  ],
  findings: [
    view('monitoring-finding', space, {
      report: openReport,
      facility: colony,
      heading: 'conditions.space',
      kind: 'recommendation',
      followUp: 'no-response',
      followUpDate: day('2024-09-01'),
      text: 'Bring the living space to at least 4 m² per person.',
    }),
    view('monitoring-finding', doctor, {
      report: openReport,
      facility: colony,
      heading: 'safeguards.doctor',
      kind: 'request-for-information',
      followUp: 'open',
      text: 'Say how many doctors serve the colony.',
      followUpNotes: 'The FSIN answered that the post is vacant.',
    }),
    view('monitoring-finding', secret, {
      report: closedReport,
      facility: colony,
      heading: 'ill-treatment',
      kind: 'comment',
      followUp: 'open',
      text: 'A finding of the report without consent.',
    }),
  ],
});

describe('buildFacilityReport', () => {
  it('leaves out a report whose sources did not consent, and its findings, and lists both', () => {
    const model = buildFacilityReport(input());
    expect(model.reports.map((r) => r.id)).toEqual([openReport]);
    expect(model.findings.map((f) => f.id)).toEqual([space, doctor]);
    expect(model.excluded).toEqual([
      { kind: 'monitoring-report', id: closedReport, reason: 'linked-record-excluded' },
      { kind: 'monitoring-finding', id: secret, reason: 'linked-record-excluded' },
    ]);
  });

  it('suppresses small incident counts by method and by period, publishing the total only when safe', () => {
    const model = buildFacilityReport(input());
    expect(model.incidents.byMethod.map((m) => m.incidents)).toEqual([null, null]);
    const incidents = model.indicators.find((s) => s.indicator === 'incidents');
    expect(incidents?.values.map((v) => v.value)).toEqual([null, null]);
    expect(model.incidents.victims).toBe(9);
    // Shares and areas are not counts of people: published as they are.
    expect(model.indicators.find((s) => s.indicator === 'space-per-person')?.values[0]?.value).toBe(
      1.75,
    );
  });
});

describe('facilityDocument', () => {
  it('follows the CPT headings and files each finding, with its follow-up, under its own', () => {
    const doc = facilityDocument(buildFacilityReport(input()), 'en', '2025-06-01');
    expect(doc.title).toBe('IK-6 Melekhovo: facility report');
    expect(doc.sections.map((s) => s.id)).toEqual([
      'introduction',
      'ill-treatment',
      'safeguards',
      'conditions',
      'health-care',
      'discipline-segregation',
      'contact-outside-world',
      'complaints-inspection',
      'recommendations',
      'excluded',
      'about',
    ]);
    const conditions = doc.sections.find((s) => s.id === 'conditions');
    const spaceSection = conditions?.subsections?.find((s) => s.id === 'conditions.space');
    expect(JSON.stringify(spaceSection)).toContain('at least 4 m² per person');
    expect(JSON.stringify(spaceSection)).toContain(
      'Recommendation — follow-up: No response (2024-09-01)',
    );
    expect(JSON.stringify(spaceSection)).toContain('1.8 m²');
    const safeguards = doc.sections.find((s) => s.id === 'safeguards');
    expect(JSON.stringify(safeguards)).toContain('The FSIN answered that the post is vacant.');
    const text = JSON.stringify(doc);
    expect(text).toContain('Cells for 40 hold 90');
    expect(text).not.toContain('never in a report');
    expect(text).not.toContain('without consent');
  });

  it('places every CPT heading in one chapter', () => {
    expect(chapterOf('safeguards.lawyer')).toBe('safeguards');
    expect(chapterOf('conditions.food')).toBe('conditions');
    expect(chapterOf('health-care')).toBe('health-care');
  });

  it('is written in Ukrainian when asked', () => {
    const doc = facilityDocument(buildFacilityReport(input()), 'uk', '2025-06-01');
    expect(doc.sections.find((s) => s.id === 'excluded')?.title).toBe('10. Виключено за згодою');
  });
});
