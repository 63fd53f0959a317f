// Public interface of @vigil/crypto (docs/dev/contracts.md). Internal helpers (fixed-nonce
// variants, raw HKDF) are deliberately not re-exported.
export { CryptoError, cryptoErrorCodes, isCryptoError, type CryptoErrorCode } from './errors';
export {
  toBase64Url,
  fromBase64Url,
  toHex,
  fromHex,
  utf8,
  fromUtf8,
  concatBytes,
} from './encoding';
export { canonicalJson } from './canonical-json';
export { randomBytes, randomToken, uuidv7 } from './random';
export { sha256, sha256Hex, hmacSha256, constantTimeEqual } from './hash';
export { createSha256, type Sha256Hasher } from './sha256-stream';
export { auditEventHash } from './audit';
export { hashAuthKey, verifyAuthKey } from './auth-hash';
export { generateTotpSecret, totpCode, verifyTotp, totpUri, generateRecoveryCodes } from './totp';
export { sign, verifySignature, generateSigningKeyPair } from './signatures';
export {
  custodyEventHash,
  signPackageManifest,
  verifyPackageManifest,
  signCustodyEvent,
  verifyCustodyChain,
  type CustodyCheck,
  type CustodyExpectations,
  type CustodyProblem,
} from './custody';
export type {
  MasterKey,
  WrapKey,
  VaultKey,
  VaultKeyring,
  EnvelopeContext,
  KeyPairBytes,
  UserKeys,
} from './types';
export { DEFAULT_KDF, deriveMasterKey, deriveAuthKey, deriveWrapKey } from './kdf';
export { generateUserKeys, sealPrivateKeys, openPrivateKeys } from './user-keys';
export { generateVaultKey, vaultKeyFromBytes } from './vault-key';
export { seal, open, sealJson, openJson, envelopeKeyVersion } from './envelope';
export { sealToPublicKey, openSealedBox } from './sealed-box';
export { wrapVaultKey, unwrapVaultKey, chainVaultKey, unchainVaultKey } from './vault-key-wrap';
export { normaliseToken, blindIndex } from './blind-index';
export { generateFileKey, encryptFile, decryptFile, FILE_CHUNK_SIZE } from './file';
