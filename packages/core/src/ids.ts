import { z } from 'zod';

/** A UUID (any version; Vigil creates v7). Lower-case canonical form. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Builds a branded UUID schema so ids of different kinds cannot be mixed up. */
// The argument only fixes B; the brand exists in types alone.
const brandedId = <B extends string>(_brand: B) =>
  z.string().regex(uuidPattern, 'must be a lower-case UUID').brand<B>();

export const accountIdSchema = brandedId('AccountId');
export const vaultIdSchema = brandedId('VaultId');
export const sessionIdSchema = brandedId('SessionId');

export type AccountId = z.infer<typeof accountIdSchema>;
export type VaultId = z.infer<typeof vaultIdSchema>;
export type SessionId = z.infer<typeof sessionIdSchema>;

/** True when the string is a canonical lower-case UUID. */
export const isUuid = (value: string): boolean => uuidPattern.test(value);
