import { DEFAULT_K, publicSite, type SiteLang } from '@vigil/analytics';
import {
  isoDaySchema,
  STAT_DIMENSIONS,
  statDimensionLabel,
  statValueLabel,
  vocabLocaleOf,
  type PublicationResponse,
  type StatDimension,
} from '@vigil/core';
import { strToU8, zipSync } from 'fflate';

/**
 * Public statistics made in the browser (issue 6, point 5), as `vigil publish` makes them: the
 * server's publication (tables in which no figure is about fewer than k people) turned into the
 * same static site, labelled in the site's language, and zipped here. Pure, so it is tested.
 */

/** Languages a public site can be written in. */
export const SITE_LANGS = ['en', 'ru', 'uk'] as const satisfies readonly SiteLang[];

/** The smallest and largest k the server accepts. */
export const MIN_K = 2;
export const MAX_K = 100;

/** Titles a site starts with, in its own language (the CLI's English default). */
export const DEFAULT_TITLES: Readonly<Record<SiteLang, string>> = {
  en: 'Documented torture and ill-treatment: statistics',
  ru: 'Задокументированные пытки и жестокое обращение: статистика',
  uk: 'Задокументовані катування та жорстоке поводження: статистика',
};

/** Longest title accepted (it heads the page and names it in the browser's tab). */
export const MAX_TITLE = 200;

/** What the publish dialog asks, as typed (k and the days are checked by `publicationQueryOf`). */
export interface PublishSettings {
  readonly k: string;
  readonly from: string;
  readonly to: string;
  readonly lang: SiteLang;
  readonly title: string;
}

/** Where the dialog starts: k = 5, the page's period, the reader's language and its title. */
export const defaultSettings = (
  period: { readonly from?: string; readonly to?: string },
  locale: string,
): PublishSettings => {
  const lang = vocabLocaleOf(locale);
  return {
    k: String(DEFAULT_K),
    from: period.from ?? '',
    to: period.to ?? '',
    lang,
    title: DEFAULT_TITLES[lang],
  };
};

/** Another language; a title nobody changed follows it. */
export const withLang = (settings: PublishSettings, lang: SiteLang): PublishSettings => ({
  ...settings,
  lang,
  title: settings.title === DEFAULT_TITLES[settings.lang] ? DEFAULT_TITLES[lang] : settings.title,
});

/** What can be wrong with the settings. */
export type SettingsProblem = 'k' | 'from' | 'to' | 'reversed' | 'title';

/** The server's query for the settings: k and the days checked, or what is wrong with them. */
export type CheckedSettings =
  | {
      readonly ok: true;
      readonly query: { readonly k: number; readonly from?: string; readonly to?: string };
    }
  | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

const isDay = (text: string): boolean => isoDaySchema.safeParse(text).success;

/** Checks the settings as the server would, so a mistake is said next to its field. */
export const publicationQueryOf = (settings: PublishSettings): CheckedSettings => {
  const problems: SettingsProblem[] = [];
  const k = /^\d{1,3}$/.test(settings.k.trim()) ? Number(settings.k.trim()) : NaN;
  if (!Number.isInteger(k) || k < MIN_K || k > MAX_K) problems.push('k');
  const from = settings.from.trim();
  const to = settings.to.trim();
  if (from !== '' && !isDay(from)) problems.push('from');
  if (to !== '' && !isDay(to)) problems.push('to');
  if (from !== '' && to !== '' && isDay(from) && isDay(to) && to < from) problems.push('reversed');
  const title = settings.title.trim();
  if (title === '' || title.length > MAX_TITLE) problems.push('title');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    query: { k, ...(from === '' ? {} : { from }), ...(to === '' ? {} : { to }) },
  };
};

/**
 * The site's files (index.html, style.css, a CSV per table) for a publication, labelled in its
 * language by core's words for codes and dimensions, exactly as the CLI labels them.
 */
export const siteFilesOf = (
  publication: PublicationResponse,
  options: { readonly title: string; readonly lang: SiteLang; readonly generatedOn: string },
): Map<string, string> =>
  publicSite(publication, {
    title: options.title.trim(),
    lang: options.lang,
    generatedOn: options.generatedOn,
    label: (d, v) => statValueLabel(d, v, options.lang),
    dimensionLabel: (d) => statDimensionLabel(d, options.lang),
  });

/** "public-statistics-2025-06-01.zip": the day and nothing about the vault. */
export const zipName = (day: string): string => `public-statistics-${day}.zip`;

/**
 * The site as a ZIP, every file dated the day it was made (so the same site zips to the same
 * bytes). Copied into a fresh buffer, which is what a Blob takes.
 */
export const zipOf = (files: ReadonlyMap<string, string>, day: string): Uint8Array<ArrayBuffer> => {
  const entries = Object.fromEntries([...files].map(([path, text]) => [path, strToU8(text)]));
  return new Uint8Array(zipSync(entries, { level: 6, mtime: new Date(`${day}T12:00:00`) }));
};

/** One table of the publication as the preview says it. */
export type PreviewTable =
  | {
      readonly kind: 'series';
      readonly dimensions: readonly [StatDimension];
      readonly categories: number;
      /** Categories merged into "other". */
      readonly merged: number;
    }
  | {
      readonly kind: 'cross';
      readonly dimensions: readonly [StatDimension, StatDimension];
      readonly cells: number;
      readonly suppressed: number;
    }
  | {
      readonly kind: 'list';
      readonly dimensions: readonly [StatDimension];
      readonly categories: number;
      /** Categories left out as too small. */
      readonly hidden: number;
    };

/** What was not published: everything, a table of one or two dimensions, or the server's words. */
export type WithheldWhat =
  | { readonly kind: 'everything' }
  | { readonly kind: 'table'; readonly dimensions: readonly StatDimension[] }
  | { readonly kind: 'text'; readonly text: string };

/** Why: one of the analytics package's reasons, or its words when they are new to this page. */
export type WithheldWhy =
  | { readonly kind: 'too-few' }
  | { readonly kind: 'margin' }
  | { readonly kind: 'audit' }
  | { readonly kind: 'text'; readonly text: string };

export interface Preview {
  readonly tables: readonly PreviewTable[];
  readonly withheld: readonly { readonly what: WithheldWhat; readonly why: WithheldWhy }[];
  /** True when no table has a single figure to show: nothing can be published. */
  readonly empty: boolean;
}

const isDimension = (text: string): text is StatDimension =>
  (STAT_DIMENSIONS as readonly string[]).includes(text);

/**
 * The server names what it withheld by dimension ids ("year × region", "everything") and says
 * why by a stable code; these are read into words of this page, and a name not recognised is
 * shown as the server wrote it rather than lost.
 */
const withheldWhat = (name: string): WithheldWhat => {
  if (name === 'everything') return { kind: 'everything' };
  const parts = name.split(' × ');
  return parts.every(isDimension)
    ? { kind: 'table', dimensions: parts }
    : { kind: 'text', text: name };
};

/** Why, from the server's stable code (its English words are for logs and the CLI). */
const withheldWhy = (code: PublicationResponse['withheld'][number]['code']): WithheldWhy => ({
  kind: code,
});

/** What a publication holds, table by table, and what it leaves out and why. */
export const previewOf = (publication: PublicationResponse): Preview => {
  const tables = publication.tables.map((t): PreviewTable => {
    if (t.kind === 'cross') {
      const values = t.values.flat();
      return {
        kind: 'cross',
        dimensions: [t.rows, t.columns],
        cells: values.length,
        suppressed: values.filter((v) => v === null).length,
      };
    }
    if (t.kind === 'series') {
      return {
        kind: 'series',
        dimensions: [t.dimension],
        categories: t.values.length,
        merged: t.merged,
      };
    }
    return {
      kind: 'list',
      dimensions: [t.dimension],
      categories: t.values.length,
      hidden: t.hidden,
    };
  });
  return {
    tables,
    withheld: publication.withheld.map((w) => ({
      what: withheldWhat(w.name),
      why: withheldWhy(w.code),
    })),
    empty: tables.every((t) => (t.kind === 'cross' ? t.cells === 0 : t.categories === 0)),
  };
};
