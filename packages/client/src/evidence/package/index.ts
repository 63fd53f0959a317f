// Evidence packages: one ZIP with the files, their signed custody, the signers' keys, a manifest
// and a report, checkable offline by anyone who holds it (ADR 16).
export { packageEvidence, type EvidencePackageOptions } from './package';
export { assemblePackage, type PackageHeader, type PackageItemSource } from './assemble';
export {
  verifyEvidencePackage,
  type PackageItemResult,
  type PackageProblem,
  type PackageVerification,
} from './verify';
export { bytesReader, type RandomAccessReader } from './zip-reader';
export type { PackageSink } from './zip-writer';
export {
  custodyPath,
  filePath,
  MANIFEST_PATH,
  manifestSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_MAX_BYTES,
  safeFileName,
  SIGNERS_PATH,
  type Manifest,
  type ManifestItem,
  type Signers,
} from './format';
