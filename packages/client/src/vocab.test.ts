import { getVocabulary, listVocabularies } from '@vigil/core';
import type { VocabularyId } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { createVigilClient } from './client';
import { isApiError } from './errors';

/** A server stand-in that answers the two vocabulary routes from the shipped data. */
const fakeVocabServer = () => {
  const paths: string[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    const url = new URL(String(input), 'http://local');
    paths.push(url.pathname);
    const list = /^\/api\/vocab\/([^/]+)$/.exec(url.pathname)?.[1];
    const body =
      url.pathname === '/api/vocab'
        ? { vocabularies: listVocabularies() }
        : getVocabulary(decodeURIComponent(list ?? ''));
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { paths, fetchImpl };
};

const clientOf = (server: ReturnType<typeof fakeVocabServer>) =>
  createVigilClient({ baseUrl: 'http://local', mode: 'cli', token: 't', fetch: server.fetchImpl });

describe('client.vocab', () => {
  it('lists the vocabularies the server answers', async () => {
    const server = fakeVocabServer();
    expect(await clientOf(server).vocab.list()).toEqual(listVocabularies());
    expect(server.paths).toEqual(['/api/vocab']);
  });

  it('gets one vocabulary with its terms', async () => {
    const server = fakeVocabServer();
    const got = await clientOf(server).vocab.get('legal-statuses');
    expect(got).toEqual(getVocabulary('legal-statuses'));
    expect(server.paths).toEqual(['/api/vocab/legal-statuses']);
  });

  it('refuses an unknown list id before sending anything', async () => {
    const server = fakeVocabServer();
    // As a caller without the types could send it.
    const error = await clientOf(server)
      .vocab.get('no-such-list' as VocabularyId)
      .catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('validation_failed');
    expect(server.paths).toEqual([]);
  });
});
