import type { VocabGetResponse, VocabSummary } from '@vigil/core';
import {
  termLabel,
  vocabIdSchema,
  VOCAB_LOCALES,
  VOCABULARY_IDS,
  type VocabLocale,
} from '@vigil/core';
import { Option, type Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { usageError } from '../../errors';
import { formatTable } from '../../output';
import { openSession } from '../../session';

export const VOCABULARIES_SHAPE =
  '{ "vocabularies": [ { "id": string, "namespace": "huridocs"|"vigil", "version": number, "huridocs": number|null, "name": string, "size": number, "retired": number } ] }';
export const VOCABULARY_SHAPE =
  '{ "id": string, "namespace": "huridocs"|"vigil", "version": number, "huridocs": number|null, "name": string, "terms": [ { "code": string, "label": string, "labels": { "en": string, "ru": string, "uk": string }, "level": number, "parent": string|null, "retired": boolean, "replacedBy": string|null } ] }';

/** The stable JSON shape of the list of vocabularies, names in one language. */
const vocabulariesJson = (lists: readonly VocabSummary[], lang: VocabLocale) => ({
  vocabularies: lists.map((v) => ({
    id: v.id,
    namespace: v.namespace,
    version: v.version,
    huridocs: v.huridocs,
    name: v.name[lang],
    size: v.size,
    retired: v.retired,
  })),
});

/** The stable JSON shape of one vocabulary: `label` in the chosen language, `labels` in all. */
const vocabularyJson = (v: VocabGetResponse, lang: VocabLocale) => ({
  id: v.id,
  namespace: v.namespace,
  version: v.version,
  huridocs: v.huridocs,
  name: v.name[lang],
  terms: v.terms.map((t) => ({
    code: t.code,
    label: termLabel(t, lang),
    labels: t.labels,
    level: t.level,
    parent: t.parent ?? null,
    retired: t.retired === true,
    replacedBy: t.replacedBy ?? null,
  })),
});

const vocabulariesTable = (lists: readonly VocabSummary[], lang: VocabLocale): string =>
  formatTable(
    ['LIST', 'SOURCE', 'VERSION', 'TERMS', 'NAME'],
    lists.map((v) => [
      v.id,
      v.huridocs === null ? v.namespace : `huridocs MT${v.huridocs}`,
      String(v.version),
      String(v.size),
      v.name[lang],
    ]),
  );

const vocabularyTable = (v: VocabGetResponse, lang: VocabLocale): string =>
  `${v.name[lang]} (${v.id}, version ${v.version})\n` +
  formatTable(
    ['CODE', 'LABEL', 'STATUS'],
    v.terms.map((t) => [
      t.code,
      `${'  '.repeat(t.level)}${termLabel(t, lang)}`,
      t.retired === true
        ? t.replacedBy === undefined
          ? 'retired'
          : `retired, use ${t.replacedBy}`
        : '',
    ]),
  );

/** Registers `vigil vocab list [<list>]`. */
export const registerVocabCommands = (program: Command, ctx: CliContext): void => {
  const vocab = program.command('vocab').description('controlled vocabularies (en, ru, uk)');

  vocab
    .command('list')
    .description('list the vocabularies, or the terms of one (retired terms included)')
    .argument('[list]', `a vocabulary id: ${VOCABULARY_IDS.join(', ')}`)
    .addOption(
      new Option('--lang <lang>', 'language of names and labels')
        .choices(VOCAB_LOCALES)
        .default('en'),
    )
    .addHelpText(
      'after',
      `\nNeeds a signed-in session, not the password.\nJSON output (--json) without <list>: ${VOCABULARIES_SHAPE}\nJSON output (--json) with <list>: ${VOCABULARY_SHAPE}`,
    )
    .action(async (list: string | undefined, opts: { lang: VocabLocale }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const known = list === undefined ? undefined : vocabIdSchema.safeParse(list);
      if (known?.success === false) {
        throw usageError(`unknown vocabulary "${list}": run \`vigil vocab list\` for the ids`);
      }
      const { client } = await openSession(ctx, server, { unlock: false });
      if (known === undefined) {
        const lists = await client.vocab.list();
        emit(ctx, json, vocabulariesJson(lists, opts.lang), () =>
          vocabulariesTable(lists, opts.lang),
        );
        return;
      }
      const vocabulary = await client.vocab.get(known.data);
      emit(ctx, json, vocabularyJson(vocabulary, opts.lang), () =>
        vocabularyTable(vocabulary, opts.lang),
      );
    });
};
