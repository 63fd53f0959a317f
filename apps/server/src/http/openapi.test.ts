// The OpenAPI document is generated from the registered routes; it must list exactly the table.
import { routes, type RouteName } from '@vigil/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../testing/fixture';

interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
}
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> };

let t: TestApp;
let doc: OpenApi;

beforeAll(async () => {
  t = await startApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = res.json<OpenApi>();
});
afterAll(async () => {
  await t.close();
});

const openApiPath = (path: string): string => path.replace(/:([A-Za-z]+)/g, '{$1}');
const methods = new Set(['get', 'post', 'put', 'patch', 'delete']);

describe('the OpenAPI document at /api/openapi.json', () => {
  it('is an OpenAPI 3 document', () => {
    expect(doc.openapi).toMatch(/^3\./);
  });

  it.each(Object.keys(routes) as RouteName[])(
    'lists %s with its method, path, id and summary',
    (name) => {
      const { method, path } = routes[name];
      const operation = doc.paths[openApiPath(path)]?.[method.toLowerCase()];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(operation?.operationId).toBe(name);
      expect(operation?.summary?.length).toBeGreaterThan(0);
      const pathParams = [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
      const documented = (operation?.parameters ?? [])
        .filter((p) => p.in === 'path')
        .map((p) => p.name);
      expect(documented.sort()).toEqual(pathParams.sort());
    },
  );

  it('lists no operation that is not in the table', () => {
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => methods.has(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const table = Object.values(routes).map((r) => `${r.method} ${openApiPath(r.path)}`);
    expect(listed.sort()).toEqual([...table].sort());
  });
});
