import type { RecordView } from '@vigil/client';
import { fieldsOf, RECORD_KINDS, type RecordKind, type RelationTarget } from '@vigil/core';
import { valuesOf } from './labels';

/** A relation field of one kind pointing at a target. */
export interface RelationField {
  readonly kind: RecordKind;
  readonly field: string;
  readonly target: RelationTarget;
}

/** The coded relation fields of a kind (sealed references are not followed), in table order. */
export const relationFieldsOf = (kind: RecordKind): RelationField[] =>
  fieldsOf(kind).flatMap(([field, spec]) =>
    spec.type === 'relation' && spec.class === 'coded' && spec.relation !== undefined
      ? [{ kind, field, target: spec.relation }]
      : [],
  );

/** The fields of every kind that may name a record of `kind` (the other side of a relation). */
export const incomingFieldsOf = (kind: RecordKind): RelationField[] =>
  RECORD_KINDS.flatMap((other) => relationFieldsOf(other).filter((r) => r.target === kind));

/** The ids a record names in one relation field. */
export const idsIn = (view: RecordView, field: string): string[] =>
  valuesOf((view.data as Record<string, unknown>)[field]).filter(
    (v): v is string => typeof v === 'string',
  );

/** The record's outgoing links: field, target kind and id, in table order. */
export const outgoingLinks = (
  view: RecordView,
): { field: string; target: RelationTarget; id: string }[] =>
  relationFieldsOf(view.kind).flatMap(({ field, target }) =>
    idsIn(view, field).map((id) => ({ field, target, id })),
  );

/** Of `candidates`, those naming `id` in a field that may point at `kind`, with that field. */
export const namingRecords = (
  candidates: readonly RecordView[],
  kind: RecordKind,
  id: string,
): { field: string; record: RecordView }[] => {
  const fields = incomingFieldsOf(kind);
  return candidates.flatMap((record) =>
    fields
      .filter((f) => f.kind === record.kind && idsIn(record, f.field).includes(id))
      .map((f) => ({ field: f.field, record })),
  );
};
