// Contract C1: the shapes live in @vigil/core (api/records.ts); re-exported for the pages.
export type { RecordFilter, RecordSort } from '@vigil/core';
