import { describe, expect, it } from 'vitest';
import { VOCABULARY_IDS } from './ids';
import { listVocabularies } from './registry';

describe('the vocabulary ids', () => {
  it('name exactly the shipped vocabularies, in their order', () => {
    expect(listVocabularies().map((v) => v.id)).toEqual([...VOCABULARY_IDS]);
  });
});
