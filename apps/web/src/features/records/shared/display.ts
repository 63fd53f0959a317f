import type { RecordView } from '@vigil/client';
import type { RecordData } from '@vigil/core';
import { codeLabel, formatDateValue, kindLabel, type Labeller } from './labels';
import { recordTables } from '@vigil/core';

/** A piece of a record's one-line summary: text, or a person to name once their record is open. */
export type SummaryPart = { readonly text: string } | { readonly personId: string };

/** The name a person is shown by: the first of their names, else a written form, else an alias. */
export const personName = (data: RecordData<'person'>): string | undefined =>
  data.names?.[0] ?? data.namesAsWritten?.[0] ?? data.aliases?.[0];

const text = (value: string | undefined): SummaryPart[] =>
  value === undefined || value === '' ? [] : [{ text: value }];

const person = (id: string | undefined): SummaryPart[] =>
  id === undefined ? [] : [{ personId: id }];

/**
 * What a record is shown by in lists and links. People by name; other kinds by their coded
 * fields labelled in the user's language and the person they concern (e.g. an incident:
 * date · act type · victim; a monitoring report: period · methods; a finding: heading · follow-up).
 */
export const summaryParts = (l: Labeller, view: RecordView): SummaryPart[] => {
  const label = (kind: RecordView['kind'], field: string, code: string): string | undefined => {
    const spec = (recordTables[kind] as Record<string, Parameters<typeof codeLabel>[3]>)[field];
    return spec === undefined ? undefined : codeLabel(l, kind, field, spec, code);
  };
  const vocab = (kind: RecordView['kind'], field: string, code: string | undefined) =>
    code === undefined ? [] : text(label(kind, field, code));
  // Every value of a multi-valued coded field, as one part ("Relatives, Official data").
  const vocabs = (kind: RecordView['kind'], field: string, codes: readonly string[] = []) =>
    text(codes.flatMap((code) => label(kind, field, code) ?? []).join(', '));
  switch (view.kind) {
    case 'person':
      return text(personName(view.data));
    case 'detention': {
      const d = view.data;
      return [
        ...person(d.person),
        ...(d.period ? text(formatDateValue(l, d.period)) : []),
        ...vocab('detention', 'legalStatus', d.legalStatus),
      ];
    }
    case 'incident': {
      const d = view.data;
      return [
        ...(d.date ? text(formatDateValue(l, d.date)) : []),
        ...vocab('incident', 'actType', d.actType),
        ...person(d.victim),
      ];
    }
    case 'source': {
      const d = view.data;
      return [
        ...(d.date ? text(formatDateValue(l, d.date)) : []),
        ...vocab('source', 'materialType', d.materialType),
        ...(d.person !== undefined ? person(d.person) : text(d.who)),
      ];
    }
    case 'medical-finding': {
      const d = view.data;
      return [...vocab('medical-finding', 'findingType', d.findingType), ...person(d.person)];
    }
    case 'intervention': {
      const d = view.data;
      return [
        ...vocab('intervention', 'kind', d.kind),
        ...(d.submittedDate ? text(formatDateValue(l, d.submittedDate)) : []),
        ...vocab('intervention', 'status', d.status),
        ...person(d.people?.[0]),
      ];
    }
    case 'reprisal': {
      const d = view.data;
      return [
        ...(d.date ? text(formatDateValue(l, d.date)) : []),
        ...vocab('reprisal', 'kind', d.kind?.[0]),
        ...person(d.person),
      ];
    }
    case 'monitoring-report': {
      const d = view.data;
      return [
        ...(d.period ? text(formatDateValue(l, d.period)) : []),
        ...vocabs('monitoring-report', 'methods', d.methods),
      ];
    }
    case 'monitoring-finding': {
      const d = view.data;
      return [
        ...vocab('monitoring-finding', 'heading', d.heading),
        ...vocab('monitoring-finding', 'followUp', d.followUp),
      ];
    }
  }
};

/** The people a summary needs named. */
export const summaryPeople = (parts: readonly SummaryPart[]): string[] =>
  parts.flatMap((p) => ('personId' in p ? [p.personId] : []));

/**
 * The summary as one line. A person not (yet) opened is left out rather than shown by id; an
 * empty summary falls back to the kind's name (or "Unnamed person").
 */
export const summaryText = (
  l: Labeller,
  view: RecordView,
  parts: readonly SummaryPart[],
  nameOf: (personId: string) => string | undefined,
): string => {
  const pieces = parts.flatMap((p) => {
    if ('text' in p) return [p.text];
    const name = nameOf(p.personId);
    return name === undefined ? [] : [name];
  });
  if (pieces.length > 0) return pieces.join(' · ');
  return view.kind === 'person' ? l.t('records.list.unnamed') : kindLabel(l, view.kind);
};
