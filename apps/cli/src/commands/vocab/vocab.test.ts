import { getVocabulary, listVocabularies } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from '../../testing/fakes';

const SERVER = 'http://127.0.0.1:8080';

const setup = (signedIn = true) => {
  const term = fakeTerminal();
  const client = fakeClientFactory({
    'vocab.list': () => listVocabularies(),
    'vocab.get': (list) => getVocabulary(String(list)),
  });
  const sessions = memorySessions(signedIn ? { [SERVER]: 'tok' } : {});
  const run = (...args: string[]) =>
    runCli(['node', 'vigil', ...args], {
      serve: noServe,
      env: {},
      terminal: term.terminal,
      sessions: sessions.store,
      createClient: client.factory,
    });
  return { run, term, client };
};

describe('vigil vocab list', () => {
  it('prints every vocabulary as a table, on the stored session, without asking for keys', async () => {
    const t = setup();
    expect(await t.run('vocab', 'list')).toBe(0);
    expect(t.client.names()).toEqual(['resume', 'vocab.list']);
    const lines = t.term.stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^LIST\s+SOURCE\s+VERSION\s+TERMS\s+NAME$/);
    expect(lines.length).toBe(listVocabularies().length + 1);
    expect(t.term.stdout()).toMatch(/whereabouts\s+huridocs MT30\s+1\s+16\s+Whereabouts/);
  });

  it('names the vocabularies in the language asked for', async () => {
    const t = setup();
    expect(await t.run('vocab', 'list', '--lang', 'uk')).toBe(0);
    expect(t.term.stdout()).toContain(getVocabulary('groups-at-risk')?.name.uk);
    expect(t.term.stdout()).not.toContain(getVocabulary('groups-at-risk')?.name.en);
  });

  it('prints the terms of one list with retired terms marked and their replacement', async () => {
    const t = setup();
    expect(await t.run('vocab', 'list', 'perpetrator-agencies', '--lang', 'ru')).toBe(0);
    expect(t.client.calls.at(-1)).toEqual({ method: 'vocab.get', args: ['perpetrator-agencies'] });
    const out = t.term.stdout();
    expect(out).toMatch(/^CODE\s+LABEL\s+STATUS$/m);
    expect(out).toMatch(/^fsb\s+Федеральная служба безопасности \(ФСБ\)$/m);
    expect(out).toMatch(/^fskn\s+.*ФСКН.*retired, use mvd$/m);
  });

  it('prints the documented JSON for the list of vocabularies', async () => {
    const t = setup();
    expect(await t.run('vocab', 'list', '--json', '--lang', 'ru')).toBe(0);
    const doc = JSON.parse(t.term.stdout()) as { vocabularies: Record<string, unknown>[] };
    expect(doc.vocabularies.map((v) => v.id)).toEqual(listVocabularies().map((v) => v.id));
    expect(doc.vocabularies.find((v) => v.id === 'legal-statuses')).toEqual({
      id: 'legal-statuses',
      namespace: 'vigil',
      version: getVocabulary('legal-statuses')?.version,
      huridocs: null,
      name: getVocabulary('legal-statuses')?.name.ru,
      size: getVocabulary('legal-statuses')?.terms.length,
      retired: 0,
    });
  });

  it('prints the documented JSON for one list, labels in all three languages', async () => {
    const t = setup();
    expect(await t.run('vocab', 'list', 'whereabouts', '--json', '--lang', 'uk')).toBe(0);
    const doc = JSON.parse(t.term.stdout()) as { id: string; terms: Record<string, unknown>[] };
    expect(doc.id).toBe('whereabouts');
    const denied = getVocabulary('whereabouts')?.terms.find((x) => x.code === '020000000000');
    expect(doc.terms.find((x) => x.code === '020000000000')).toEqual({
      code: '020000000000',
      label: denied?.labels.uk,
      labels: denied?.labels,
      level: 0,
      parent: null,
      retired: false,
      replacedBy: null,
    });
  });

  it('refuses an unknown list or language as a usage error, before calling the server', async () => {
    const t = setup();
    expect(await t.run('vocab', 'list', 'ministry-of-magic')).toBe(2);
    expect(t.term.stderr()).toContain('unknown vocabulary "ministry-of-magic"');
    expect(await t.run('vocab', 'list', '--lang', 'de')).toBe(2);
    expect(t.client.calls).toEqual([]);
  });

  it('needs a signed-in session', async () => {
    const t = setup(false);
    expect(await t.run('vocab', 'list')).toBe(1);
    expect(t.term.stderr()).toContain('(unauthenticated)');
  });

  it('documents the JSON shapes in --help', async () => {
    const t = setup();
    expect(await t.run('vocab', 'list', '--help')).toBe(0);
    const out = t.term.stdout();
    expect(out).toContain('Usage: vigil vocab list');
    expect(out).toContain('--lang');
    expect(out).toContain('JSON output (--json) without <list>: { "vocabularies"');
    expect(out).toContain('"replacedBy": string|null');
  });
});
