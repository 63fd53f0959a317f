import type { VaultId } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import type { ClientContext } from '../../context';
import { ApiError } from '../../errors';
import { PACKAGE_MAX_BYTES } from './format';
import { packageEvidence } from './package';

const VAULT = '01900000-0000-7000-8000-000000000001' as VaultId;

/** A context whose server knows items of the given stored sizes and records every call. */
const contextWith = (sizes: Record<string, number>) => {
  const calls: string[] = [];
  const ctx = {
    account: { id: '01900000-0000-7000-8000-0000000000aa' },
    transport: {
      call: async (name: string, input: { params: { evidenceId: string } }) => {
        calls.push(name);
        if (name !== 'evidenceGet') throw new Error(`unexpected ${name}`);
        return { size: sizes[input.params.evidenceId] ?? 0 };
      },
    },
  } as unknown as ClientContext;
  return { ctx, calls };
};

describe('packageEvidence', () => {
  it('refuses items too large for one package before it signs or writes anything', async () => {
    const half = Math.ceil(PACKAGE_MAX_BYTES / 2) + 1;
    const { ctx, calls } = contextWith({ a: half, b: half });
    const written: Uint8Array[] = [];
    const failure = await packageEvidence(
      ctx,
      VAULT,
      ['a', 'b'],
      (c) => void written.push(c),
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'validation_failed' });
    expect((failure as Error).message).toContain('Split them into several packages');
    expect(calls).toEqual(['evidenceGet', 'evidenceGet']); // no custody append, no download
    expect(written).toEqual([]);
  });
});
