import type { VaultId } from '@vigil/core';
import type { EnvelopeContext } from '@vigil/crypto';

/** The envelope context of an item's sealed metadata. */
export const metadataContext = (vaultId: VaultId, id: string): EnvelopeContext => ({
  vaultId,
  kind: 'evidence',
  recordId: id,
});

/** The envelope context of one custody event: its place is in the AAD, so it cannot move. */
export const custodyContext = (vaultId: VaultId, id: string, seq: number): EnvelopeContext => ({
  vaultId,
  kind: 'custody',
  recordId: `${id}.${seq}`,
});
