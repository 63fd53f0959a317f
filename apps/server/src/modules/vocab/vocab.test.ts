import {
  errorBodySchema,
  getVocabulary,
  listVocabularies,
  vocabGetResponseSchema,
  vocabListResponseSchema,
} from '@vigil/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, newSession, startApp, type TestApp, type TestSession } from '../../testing/fixture';

let t: TestApp;
let session: TestSession;

beforeAll(async () => {
  t = await startApp();
  session = await newSession(t.app);
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/vocab', () => {
  it('lists every shipped vocabulary with its version, size and retired count', async () => {
    const res = await call(t.app, 'GET', '/api/vocab', { session });
    expect(res.statusCode).toBe(200);
    const body = vocabListResponseSchema.parse(res.json());
    expect(body.vocabularies).toEqual(listVocabularies());
    const agencies = body.vocabularies.find((v) => v.id === 'perpetrator-agencies');
    expect(agencies?.size).toBe(getVocabulary('perpetrator-agencies')?.terms.length);
    expect(agencies?.retired).toBeGreaterThan(0);
  });

  it('refuses anonymous callers', async () => {
    const res = await call(t.app, 'GET', '/api/vocab');
    expect(res.statusCode).toBe(401);
    expect(errorBodySchema.parse(res.json()).error.code).toBe('unauthenticated');
  });
});

describe('GET /api/vocab/:list', () => {
  it('answers every term, retired ones included, in English, Russian and Ukrainian', async () => {
    const res = await call(t.app, 'GET', '/api/vocab/perpetrator-agencies', { session });
    expect(res.statusCode).toBe(200);
    const body = vocabGetResponseSchema.parse(res.json());
    expect(body).toEqual(getVocabulary('perpetrator-agencies'));
    const fskn = body.terms.find((term) => term.code === 'fskn');
    expect(fskn).toMatchObject({ retired: true, replacedBy: 'mvd' });
    expect(Object.keys(fskn?.labels ?? {}).sort()).toEqual(['en', 'ru', 'uk']);
  });

  it('answers a HURIDOCS list with its huri_codes', async () => {
    const res = await call(t.app, 'GET', '/api/vocab/whereabouts', { session });
    const body = vocabGetResponseSchema.parse(res.json());
    expect(body.huridocs).toBe(30);
    expect(body.terms.every((term) => term.huriCode === term.code)).toBe(true);
  });

  it('refuses an unknown list with 400 naming the parameter, without echoing it', async () => {
    const res = await call(t.app, 'GET', '/api/vocab/ministry-of-magic', { session });
    expect(res.statusCode).toBe(400);
    const body = errorBodySchema.parse(res.json());
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.some((f) => f.path.startsWith('params'))).toBe(true);
    expect(res.body).not.toContain('ministry-of-magic');
  });
});
