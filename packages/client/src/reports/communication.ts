import {
  compareDateValues,
  consentDecisions,
  type ConsentSubject,
  type Facility,
  type RecordData,
} from '@vigil/core';
import type { RecordView, RecordViewOf } from '../records';
import type { Block, ReportDocument, Section } from './document';
import {
  dateValueText,
  enumLabel,
  facilityLabel,
  partialDateText,
  rangeText,
  regionLabel,
  vocabLabel,
  type ReportLang,
} from './labels';
import { excludedSection, fill, lines, reportText, type ExcludedItem } from './text';

/**
 * A draft communication to the UN Special Rapporteur on torture about one person (issue 6 point
 * 4b), in the order of the Special Rapporteur's model questionnaire: identity; arrest and
 * detention; authorities; treatment and methods; perpetrators; medical evidence; remedies;
 * consent; author. Every field is filled from the person's opened records and may be edited
 * before export. What consent does not allow for UN bodies is left out and listed.
 */

/** Consent use a communication needs: submission to UN bodies. */
export const COMMUNICATION_PURPOSE = 'un-bodies';

export const COMMUNICATION_SECTIONS = [
  'identity',
  'detention',
  'authorities',
  'treatment',
  'perpetrators',
  'medical',
  'remedies',
  'consent',
  'author',
] as const;
export type CommunicationSectionId = (typeof COMMUNICATION_SECTIONS)[number];

/** One editable text of the communication. */
export interface CommunicationField {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

export interface CommunicationSection {
  readonly id: CommunicationSectionId;
  readonly title: string;
  readonly fields: readonly CommunicationField[];
}

export interface CommunicationModel {
  readonly kind: 'communication';
  readonly lang: ReportLang;
  readonly personId: string;
  /** False when consent allows nothing about the person for UN bodies: every section is empty. */
  readonly allowed: boolean;
  readonly sections: readonly CommunicationSection[];
  readonly excluded: readonly ExcludedItem[];
}

/** What a communication is built from: the person and the records the loader found around them. */
export interface CommunicationInput {
  readonly person: RecordViewOf<'person'>;
  readonly records: readonly RecordView[];
  readonly facilities: ReadonlyMap<string, Facility>;
}

type Of<K extends RecordView['kind']> = RecordViewOf<K>;
const ofKind = <K extends RecordView['kind']>(records: readonly RecordView[], kind: K): Of<K>[] =>
  records.filter((r) => r.kind === kind) as unknown as Of<K>[];

const subjectOf = (r: RecordView): ConsentSubject => ({
  id: r.id,
  kind: r.kind,
  deleted: r.deleted,
  data: r.data as Readonly<Record<string, unknown>>,
});

const join = (values: readonly string[] | undefined, separator = '; '): string =>
  (values ?? []).join(separator);

/** The records of the communication: the person's own, judged for consent together. */
const gather = (input: CommunicationInput) => {
  const { person, records } = input;
  const all = records.some((r) => r.id === person.id) ? records : [person, ...records];
  const decisions = consentDecisions(all.map(subjectOf), COMMUNICATION_PURPOSE);
  const incidents = ofKind(all, 'incident')
    .filter((i) => i.data.victim === person.id)
    .sort((a, b) => compareDates(a.data.date, b.data.date));
  const incidentIds = new Set(incidents.map((i) => i.id));
  const detentions = ofKind(all, 'detention')
    .filter((d) => d.data.person === person.id)
    .sort((a, b) => compareDates(a.data.period, b.data.period));
  const detentionIds = new Set(detentions.map((d) => d.id));
  const sourceIds = new Set<string>(incidents.flatMap((i) => i.data.sources ?? []));
  const sources = ofKind(all, 'source').filter(
    (s) => s.data.person === person.id || sourceIds.has(s.id),
  );
  const findings = ofKind(all, 'medical-finding').filter(
    (f) =>
      f.data.person === person.id ||
      (f.data.incident !== undefined && incidentIds.has(f.data.incident)),
  );
  const interventions = ofKind(all, 'intervention')
    .filter(
      (v) =>
        (v.data.people ?? []).some((p) => p === person.id) ||
        (v.data.incidents ?? []).some((i) => incidentIds.has(i)) ||
        (v.data.detentions ?? []).some((d) => detentionIds.has(d)),
    )
    .sort((a, b) => compareDates(a.data.submittedDate, b.data.submittedDate));
  const ok = (r: RecordView) => decisions.get(r.id)?.allowed === true;
  const relevant: RecordView[] = [
    person,
    ...detentions,
    ...incidents,
    ...sources,
    ...findings,
    ...interventions,
  ];
  const excluded: ExcludedItem[] = [];
  for (const r of relevant) {
    const d = decisions.get(r.id);
    if (d !== undefined && !d.allowed) excluded.push({ kind: r.kind, id: r.id, reason: d.reason });
  }
  return {
    allowed: ok(person),
    incidents: incidents.filter(ok),
    detentions: detentions.filter(ok),
    sources: sources.filter(ok),
    findings: findings.filter(ok),
    interventions: interventions.filter(ok),
    excluded,
  };
};

type Dated = Parameters<typeof compareDateValues>[0];
/** Dated records first, in date order; undated ones last. */
const compareDates = (a: Dated | undefined, b: Dated | undefined): number =>
  a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : compareDateValues(a, b);

const identityFields = (lang: ReportLang, data: RecordData<'person'>): CommunicationField[] => {
  const t = reportText(lang).communication.identity;
  const groups = [
    ...(data.groups ?? []),
    ...(data.groupsEthnicity ?? []),
    ...(data.groupsReligion ?? []),
    ...(data.groupsLgbtq ?? []),
    ...(data.groupsDisability ?? []),
  ].map((g) => vocabLabel(lang, 'groups-at-risk', g));
  const birth =
    data.birthDate !== undefined
      ? partialDateText(lang, data.birthDate)
      : data.birthYear !== undefined
        ? fill(t.birthYear, { year: data.birthYear })
        : data.ageBand !== undefined
          ? fill(t.ageBand, { band: enumLabel(lang, 'ageBand', data.ageBand) })
          : '';
  const field = (id: string, label: string, text: string) => ({
    id: `identity.${id}`,
    label,
    text,
  });
  return [
    field('names', t.names, join(data.names)),
    field(
      'otherNames',
      t.otherNames,
      join([...(data.namesAsWritten ?? []), ...(data.aliases ?? [])]),
    ),
    field('sex', t.sex, data.sex === undefined ? '' : enumLabel(lang, 'sex', data.sex)),
    field('birth', t.birth, birth),
    field('citizenship', t.citizenship, join(data.citizenship, ', ')),
    field('groups', t.groups, join(groups)),
    field('documents', t.documents, join(data.identityDocuments, '\n')),
    field(
      'status',
      t.status,
      data.status === undefined ? '' : vocabLabel(lang, 'person-statuses', data.status),
    ),
  ];
};

/**
 * The communication for one person in `lang`, every field filled from the records consent allows
 * for UN bodies; the rest is listed in `excluded` (kind, id and reason only).
 */
export const buildCommunication = (
  input: CommunicationInput,
  lang: ReportLang,
): CommunicationModel => {
  const t = reportText(lang);
  const c = t.communication;
  const l = c.lines;
  const g = gather(input);
  const place = (id: string | undefined) =>
    id === undefined ? '' : facilityLabel(lang, id, input.facilities);
  const vocabs = (list: Parameters<typeof vocabLabel>[1], codes: readonly string[] | undefined) =>
    join(
      (codes ?? []).map((code) => vocabLabel(lang, list, code)),
      ', ',
    );
  const incidentDate = (i: Of<'incident'>) =>
    i.data.date === undefined ? t.unknown : dateValueText(lang, i.data.date);

  const detention = g.detentions.map((d) => ({
    id: `detention.${d.id}`,
    label: fill(c.detentionLabel, {
      place: place(d.data.facility) || t.unknown,
      period: d.data.period === undefined ? t.unknown : rangeText(lang, d.data.period),
    }),
    text: lines([
      { label: l.place, value: place(d.data.facility) },
      { label: l.period, value: d.data.period === undefined ? '' : rangeText(lang, d.data.period) },
      { label: l.legalStatus, value: vocabs('legal-statuses', opt(d.data.legalStatus)) },
      { label: l.whereabouts, value: vocabs('whereabouts', opt(d.data.whereabouts)) },
      { label: l.lawyer, value: vocabs('legal-counsel', d.data.lawyerAccess) },
      {
        label: l.family,
        value:
          d.data.familyContact === undefined
            ? ''
            : enumLabel(lang, 'familyContact', d.data.familyContact),
      },
      { label: l.transferFrom, value: place(d.data.transferFrom) },
      { label: l.transferTo, value: place(d.data.transferTo) },
      { label: l.circumstances, value: d.data.circumstances ?? '' },
    ]),
  }));

  const agencies = [
    ...new Set(
      g.incidents.flatMap((i) =>
        (i.data.perpetrators ?? []).flatMap((p) =>
          p.agency === undefined ? [] : [vocabLabel(lang, 'perpetrator-agencies', p.agency)],
        ),
      ),
    ),
  ];
  const holding = [
    ...new Set(
      [...g.detentions.map((d) => d.data.facility), ...g.incidents.map((i) => i.data.facility)]
        .flatMap((id) => (id === undefined ? [] : [input.facilities.get(id)]))
        .flatMap((f) =>
          f === undefined
            ? []
            : [
                `${enumLabel(lang, 'authority', f.authority)} (${facilityLabel(lang, f.id, input.facilities)})`,
              ],
        ),
    ),
  ];
  const authorities =
    agencies.length + holding.length === 0
      ? []
      : [
          {
            id: 'authorities',
            label: c.authoritiesLabel,
            text: lines([
              { label: l.agencies, value: join(agencies, ', ') },
              { label: l.holding, value: join(holding, '\n') },
            ]),
          },
        ];

  const treatment = g.incidents.map((i) => ({
    id: `incident.${i.id}`,
    label: fill(c.incidentLabel, { date: incidentDate(i) }),
    text: lines([
      {
        label: l.place,
        value:
          i.data.facility !== undefined
            ? place(i.data.facility)
            : i.data.placeType === undefined
              ? ''
              : enumLabel(lang, 'placeType', i.data.placeType),
      },
      {
        label: l.region,
        value: i.data.region === undefined ? '' : regionLabel(lang, i.data.region),
      },
      { label: l.exactLocation, value: i.data.exactLocation ?? '' },
      { label: l.act, value: vocabLabel(lang, 'act-types', i.data.actType) },
      { label: l.methods, value: vocabs('violence-methods', i.data.methods) },
      { label: l.intent, value: vocabs('intent', i.data.intent) },
      { label: l.statements, value: vocabs('statements-signed', opt(i.data.statementsSigned)) },
      {
        label: l.physical,
        value: join(
          (i.data.physicalConsequences ?? []).map((p) => enumLabel(lang, 'physical', p)),
          ', ',
        ),
      },
      {
        label: l.psychological,
        value: join(
          (i.data.psychologicalConsequences ?? []).map((p) => enumLabel(lang, 'psychological', p)),
          ', ',
        ),
      },
      { label: l.victimStatus, value: vocabs('victim-statuses', opt(i.data.victimStatus)) },
      { label: l.narrative, value: i.data.narrative ?? '' },
      { label: l.quotes, value: join(i.data.quotes, '\n') },
    ]),
  }));

  const perpetrators = g.incidents
    .filter((i) => (i.data.perpetrators ?? []).length + (i.data.namedPerpetrators ?? []).length > 0)
    .map((i) => ({
      id: `perpetrators.${i.id}`,
      label: fill(c.incidentLabel, { date: incidentDate(i) }),
      text: lines([
        {
          label: l.perpetrators,
          value: join(
            (i.data.perpetrators ?? []).map((p) =>
              [
                p.type === undefined ? '' : vocabLabel(lang, 'perpetrator-types', p.type),
                p.agency === undefined ? '' : vocabLabel(lang, 'perpetrator-agencies', p.agency),
                p.involvement === undefined
                  ? ''
                  : `(${vocabLabel(lang, 'involvement-degrees', p.involvement)})`,
              ]
                .filter((s) => s !== '')
                .join(', '),
            ),
            '\n',
          ),
        },
        { label: l.named, value: join(i.data.namedPerpetrators, '\n') },
      ]),
    }));

  const attention = g.incidents.filter((i) => (i.data.medicalAttention ?? []).length > 0);
  const medical = [
    ...g.findings.map((f) => ({
      id: `medical.${f.id}`,
      label: fill(c.findingLabel, { type: enumLabel(lang, 'findingType', f.data.findingType) }),
      text: lines([
        {
          label: l.bodyRegions,
          value: join(
            (f.data.bodyRegion ?? []).map((b) => enumLabel(lang, 'bodyRegion', b)),
            ', ',
          ),
        },
        { label: l.consistency, value: vocabs('consistency-levels', opt(f.data.consistency)) },
        {
          label: l.examiner,
          value: [
            f.data.examinerQualification === undefined
              ? ''
              : enumLabel(lang, 'examiner', f.data.examinerQualification),
            f.data.examinerIdentity ?? '',
          ]
            .filter((s) => s !== '')
            .join(', '),
        },
        { label: l.description, value: f.data.description ?? '' },
      ]),
    })),
    ...(attention.length === 0
      ? []
      : [
          {
            id: 'medical.attention',
            label: c.attentionLabel,
            text: attention
              .map(
                (i) =>
                  `${incidentDate(i)}: ${vocabs('medical-attention', i.data.medicalAttention)}`,
              )
              .join('\n'),
          },
        ]),
  ];

  const remedies =
    g.interventions.length === 0
      ? [{ id: 'remedies.none', label: c.sections.remedies, text: c.noRemedy }]
      : g.interventions.map((v) => ({
          id: `remedy.${v.id}`,
          label: fill(c.remedyLabel, {
            kind: vocabLabel(lang, 'intervention-kinds', v.data.kind),
            date:
              v.data.submittedDate === undefined
                ? t.unknown
                : partialDateText(lang, v.data.submittedDate),
          }),
          text: lines([
            {
              label: l.status,
              value:
                v.data.status === undefined
                  ? ''
                  : enumLabel(lang, 'interventionStatus', v.data.status),
            },
            { label: l.outcome, value: vocabs('intervention-outcomes', v.data.outcome) },
            {
              label: l.lastAnswer,
              value:
                v.data.outcomeDate === undefined ? '' : partialDateText(lang, v.data.outcomeDate),
            },
            { label: l.addressedTo, value: join(v.data.correspondents) },
          ]),
        }));

  const named = g.sources.some((s) => (s.data.consent ?? []).includes('publication-named'));
  const consent = [
    {
      id: 'consent.use',
      label: c.consentUse,
      text: [
        c.consentGiven,
        ...g.sources.map(
          (s) =>
            `– ${fill(c.consentSource, {
              connection:
                s.data.connection === undefined
                  ? t.unknown
                  : vocabLabel(lang, 'source-connections', s.data.connection),
              date: s.data.date === undefined ? t.unknown : partialDateText(lang, s.data.date),
            })}`,
        ),
      ].join('\n'),
    },
    { id: 'consent.identity', label: c.consentIdentity, text: named ? c.named : c.confidential },
  ];
  const author = [{ id: 'author', label: c.authorLabel, text: c.authorText }];

  const content: Record<CommunicationSectionId, CommunicationField[]> = g.allowed
    ? {
        identity: identityFields(lang, input.person.data),
        detention,
        authorities,
        treatment,
        perpetrators,
        medical,
        remedies,
        consent,
        author,
      }
    : {
        identity: [],
        detention: [],
        authorities: [],
        treatment: [],
        perpetrators: [],
        medical: [],
        remedies: [],
        consent: [],
        author,
      };
  return {
    kind: 'communication',
    lang,
    personId: input.person.id,
    allowed: g.allowed,
    sections: COMMUNICATION_SECTIONS.map((id) => ({
      id,
      title: c.sections[id],
      fields: content[id],
    })),
    excluded: g.excluded,
  };
};

const opt = (code: string | undefined): string[] => (code === undefined ? [] : [code]);

/** The model with the reader's edits (field id → text) in place of the drafted texts. */
export const withEdits = (
  model: CommunicationModel,
  edits: Readonly<Record<string, string>>,
): CommunicationModel => ({
  ...model,
  sections: model.sections.map((s) => ({
    ...s,
    fields: s.fields.map((f) =>
      edits[f.id] === undefined ? f : { ...f, text: edits[f.id] ?? f.text },
    ),
  })),
});

/** The communication as a document; `generatedOn` is the ISO day it was made. */
export const communicationDocument = (
  model: CommunicationModel,
  generatedOn: string,
): ReportDocument => {
  const t = reportText(model.lang);
  const c = t.communication;
  const sections: Section[] = model.sections.map((s) => {
    const blocks: Block[] =
      s.fields.length === 0
        ? [
            {
              type: 'paragraph',
              text: model.allowed ? t.nothingRecorded : c.nothingAllowed,
              note: true,
            },
          ]
        : s.fields.map((f) => ({ type: 'field', id: f.id, label: f.label, text: f.text }));
    return { id: s.id, title: s.title, blocks };
  });
  return {
    kind: 'communication',
    lang: model.lang,
    title: c.title,
    subtitle: c.subtitle,
    meta: [
      { label: t.generatedOn, value: generatedOn },
      { label: t.purpose, value: purposeText(model.lang) },
    ],
    sections: [
      ...sections,
      excludedSection(
        model.lang,
        'excluded',
        t.excludedTitle,
        COMMUNICATION_PURPOSE,
        model.excluded,
      ),
    ],
    footer: t.footer,
  };
};

const purposeText = (lang: ReportLang): string => enumLabel(lang, 'consent', COMMUNICATION_PURPOSE);
