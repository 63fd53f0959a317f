import { z } from 'zod';

/** What an evidence item is (DATA-MODEL.md "Evidence"); coded, so the server can filter on it. */
export const EVIDENCE_KINDS = [
  'photo',
  'video',
  'audio',
  'document',
  'medical-report',
  'official-record',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);

/**
 * A default kind for a file of this media type, for the upload form to preselect. Only the
 * broad kinds can be guessed: whether a PDF is a medical report or an official record is for a
 * person to say, so documents default to `document`.
 */
export const evidenceKindOf = (mediaType: string): EvidenceKind => {
  const top = mediaType.trim().toLowerCase().split('/', 1)[0];
  if (top === 'image') return 'photo';
  if (top === 'video') return 'video';
  if (top === 'audio') return 'audio';
  return 'document';
};
