// The README is the user's manual: these tests keep it in step with the code it describes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../apps/cli/src/program';
import {
  fakeClientFactory,
  fakeTerminal,
  memorySessions,
  noServe,
} from '../../apps/cli/src/testing/fakes';
import { settings } from '../../apps/server/src/platform/config';
import { repoRoot } from '../../packages/test-utils/src/server-process';

const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');

/** The text of a `## ` section, up to the next one. */
const section = (title: string): string => {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README has a "${title}" section`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
};

const shellBlocks = (text: string): string[] =>
  [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').trim());

const program = (): Command =>
  buildProgram({
    env: {},
    terminal: fakeTerminal().terminal,
    sessions: memorySessions().store,
    createClient: fakeClientFactory().factory,
    serve: noServe,
    shutdownSignal: () => new Promise(() => undefined),
  });

/** Options a command accepts, its own and its ancestors' (global options). */
const optionsOf = (command: Command): Set<string> => {
  const names = new Set<string>(['--help']);
  for (let c: Command | null = command; c !== null; c = c.parent) {
    for (const option of c.options) if (option.long !== undefined) names.add(option.long);
  }
  return names;
};

describe('the README', () => {
  it('starts with what Vigil is in two sentences', () => {
    const intro = readme.slice(readme.indexOf('\n') + 1, readme.indexOf('\n## ')).trim();
    const sentences = intro.replace(/\s+/g, ' ').match(/[^.!?]+[.!?](\s|$)/g) ?? [];
    expect(sentences).toHaveLength(2);
  });

  it('gives exactly the two quick-start commands: run and test', () => {
    expect(shellBlocks(section('Quick start'))).toEqual([
      'npm ci && npm start',
      'npm ci && npm test',
    ]);
  });

  it('documents every server setting with its environment variable and flag', () => {
    const configuration = section('Configuration');
    for (const doc of Object.values(settings)) {
      expect(configuration).toContain(`\`${doc.env}\``);
      if ('flag' in doc) expect(configuration).toContain(`\`${doc.flag}\``);
    }
  });

  it('shows only CLI commands and flags that exist', () => {
    const lines = shellBlocks(readme)
      .flatMap((block) => block.split('\n'))
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter((line) => line.startsWith('npx vigil ') || line.includes('$(npx vigil '))
      .map((line) => line.slice(line.indexOf('npx vigil ') + 'npx vigil '.length));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const words = line.split(/\s+/);
      let command = program();
      for (const word of words) {
        const sub = command.commands.find((c) => c.name() === word);
        if (sub === undefined) break;
        command = sub;
      }
      expect(command.commands, `"${line}" names a leaf command`).toHaveLength(0);
      const known = optionsOf(command);
      for (const flag of words.filter((w) => w.startsWith('--'))) {
        expect(known, `"${line}": ${flag}`).toContain(flag.replace(/[[\]]/g, ''));
      }
    }
  });
});
