import { DIMENSIONS } from '@vigil/analytics';
import { STAT_DIMENSIONS } from '@vigil/core';
import { describe, expect, it } from 'vitest';

// The API's dimensions (core, which imports nothing of ours) and the engine's (analytics, which
// imports nothing either) are two lists; the server, which has both, checks they are one.
describe('the dimensions of statistics', () => {
  it('are the same in the API and in the counting engine', () => {
    expect([...STAT_DIMENSIONS]).toEqual([...DIMENSIONS]);
  });
});
