// Evidence files on the client (issue 4): metadata read before encryption, working copies, and
// files encrypted and hashed here, uploaded in resumable parts, with a custody chain signed by
// each member who touches them.
export * from './metadata';
export * from './working-copy';
export {
  addEvidence,
  ciphertextSize,
  downloadEvidence,
  evidenceMetaSchema,
  getEvidence,
  listEvidence,
  type AddEvidenceInput,
  type AddEvidenceOptions,
  type EvidenceMeta,
  type EvidenceProgress,
  type EvidenceSource,
  type EvidenceView,
} from './files';
export { readCustody, recordCustody, verifyCustody, type ServerMismatch } from './custody';
export * from './package';
