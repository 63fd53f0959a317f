import { describe, expect, it } from 'vitest';
import { ApiError } from '@vigil/client';
import { errorMessageId } from './errors';

describe('errorMessageId', () => {
  it('maps an API error to the message of its code', () => {
    expect(errorMessageId(new ApiError(409, 'email_taken', 'taken'))).toBe('error.email_taken');
  });

  it('lets a screen word a code its own way', () => {
    const error = new ApiError(404, 'not_found', 'no such account');
    expect(errorMessageId(error, { not_found: 'members.invite.notFound' })).toBe(
      'members.invite.notFound',
    );
  });

  it('falls back to the generic message for errors without a known code', () => {
    expect(errorMessageId(new Error('boom'))).toBe('error.unknown');
    expect(errorMessageId({ code: 'no_such_code' })).toBe('error.unknown');
  });

  it('explains a refused WebAssembly compilation instead of a generic failure', () => {
    expect(errorMessageId(new WebAssembly.CompileError('blocked by CSP'))).toBe(
      'error.wasm_blocked',
    );
  });
});
