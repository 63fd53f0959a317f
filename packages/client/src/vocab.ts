import type { VocabGetResponse, VocabSummary, VocabularyId } from '@vigil/core';
import type { ClientContext } from './context';

/** Every vocabulary the server ships, with versions and sizes (signed-in, no keys needed). */
export const vocabList = async (ctx: ClientContext): Promise<VocabSummary[]> =>
  (await ctx.transport.call('vocabList')).vocabularies;

/** One vocabulary with all its terms in en, ru and uk. */
export const vocabGet = (ctx: ClientContext, list: VocabularyId): Promise<VocabGetResponse> =>
  ctx.transport.call('vocabGet', { params: { list } });
