import type { ReportKind, ReportLang } from '@vigil/client';

/** What the reader asked for: a kind, its parameters and the report's language. */
export interface ReportRequest {
  readonly kind: ReportKind;
  readonly lang: ReportLang;
  readonly from: string;
  readonly to: string;
  readonly person: string;
  readonly facility: string;
  /**
   * Annex: also count incidents without recorded consent (no source, or none consenting to UN
   * use or publication), as aggregate figures only. Off unless the reader turns it on.
   */
  readonly includeUnrecorded?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why the request cannot be made yet, or null when it can. */
export const requestProblem = (
  r: ReportRequest,
): 'reversed' | 'badDay' | 'person' | 'facility' | null => {
  if ((r.from !== '' && !DAY.test(r.from)) || (r.to !== '' && !DAY.test(r.to))) return 'badDay';
  if (r.from !== '' && r.to !== '' && r.to < r.from) return 'reversed';
  if (r.kind === 'communication' && r.person === '') return 'person';
  if (r.kind === 'facility' && r.facility === '') return 'facility';
  return null;
};

/** The period of a request, empty ends left out. */
export const periodOf = (r: ReportRequest): { from?: string; to?: string } => ({
  ...(r.from === '' ? {} : { from: r.from }),
  ...(r.to === '' ? {} : { to: r.to }),
});

/** A download's file name: the kind, the day it was made and the language; no name of anyone. */
export const reportFileName = (
  kind: ReportKind,
  lang: ReportLang,
  day: string,
  ext: 'html' | 'pdf',
): string => `vigil-${kind}-${day}-${lang}.${ext}`;

/** Today as an ISO day in the reader's time zone. */
export const localDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
