import {
  ErrorCode,
  getVocabulary,
  listVocabularies,
  vocabGetResponseSchema,
  vocabListResponseSchema,
  vocabParamsSchema,
  VigilError,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';

/**
 * The controlled vocabularies (public knowledge, shipped in @vigil/core) for signed-in users: the
 * instance is private, so even these are not served anonymously.
 */
export const registerVocabRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'vocabList', {
    summary: 'Every vocabulary with its version and number of terms',
    response: vocabListResponseSchema,
    handler: async () => ({ vocabularies: listVocabularies() }),
  });

  defineRoute(app, deps, 'vocabGet', {
    summary: 'One vocabulary: every term, retired ones included, labelled in en, ru and uk',
    params: vocabParamsSchema,
    response: vocabGetResponseSchema,
    // The params schema admits only shipped list ids; the 404 is a guard, not a path.
    handler: async ({ params }) => {
      const vocabulary = getVocabulary(params.list);
      if (!vocabulary) throw new VigilError(ErrorCode.notFound, 'No such vocabulary.');
      return vocabulary;
    },
  });
};
