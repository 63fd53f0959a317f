import type { ReportLang } from './labels';

/**
 * A report as its renderers take it: titled sections of plain-text blocks. Every string is
 * text, never markup — the HTML renderer escapes all of it and the PDF renderer draws it — so a
 * record holding `<script>` shows as those characters and nothing else.
 */

/** The kinds of report Vigil makes (issue 6 point 4). */
export const REPORT_KINDS = ['annex', 'communication', 'facility'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A label and its value ("Period: 2024-01-01 – 2024-12-31"). */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** One row of a table; `total` rows are set apart. */
export interface TableRow {
  readonly cells: readonly string[];
  readonly total?: boolean;
}

/** One bar of a chart: null when the figure is suppressed. */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
}

export type Block =
  | { readonly type: 'paragraph'; readonly text: string; readonly note?: boolean }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | { readonly type: 'facts'; readonly items: readonly Fact[] }
  | {
      readonly type: 'table';
      readonly caption: string;
      readonly head: readonly string[];
      readonly rows: readonly TableRow[];
      /** Which columns hold numbers (right-aligned). */
      readonly numeric: readonly boolean[];
      readonly notes?: readonly string[];
    }
  | {
      readonly type: 'bars';
      readonly caption: string;
      readonly bars: readonly Bar[];
      /** What a suppressed bar shows instead of a number. */
      readonly suppressedText: string;
    }
  /** A text the reader may edit before export (the communication's fields); kept line breaks. */
  | { readonly type: 'field'; readonly id: string; readonly label: string; readonly text: string };

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly subsections?: readonly Section[];
}

export interface ReportDocument {
  readonly kind: ReportKind;
  readonly lang: ReportLang;
  readonly title: string;
  readonly subtitle?: string;
  /** Shown under the title: period, generated on, threshold… */
  readonly meta: readonly Fact[];
  readonly sections: readonly Section[];
  /** One line at the foot of every PDF page and at the end of the HTML. */
  readonly footer: string;
}
