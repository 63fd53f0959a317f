import type { MessageId } from '../../app/i18n/en';
import {
  PACKAGE_MAX_BYTES,
  type EvidenceProgress,
  type EvidenceSource,
  type EvidenceView,
  type VigilClient,
} from '@vigil/client';
import {
  deviceSchema,
  gpsSchema,
  imageInfoSchema,
  mediaInfoSchema,
  mediaTypeSchema,
  metadataDateTimeSchema,
  pdfInfoSchema,
  signedCustodyEventSchema,
  type CustodyEvent,
  type ExtractedMetadata,
} from '@vigil/core';

// Pure helpers of the evidence tab: reading a browser File for the client library, and turning
// what the library returns (opened metadata, signed custody events) into what the tab shows.

/** What `client.evidence.verify` resolves with. */
export type CustodyResult = Awaited<ReturnType<VigilClient['evidence']['verify']>>;

/**
 * A File as the client library reads it: `open()` starts a fresh stream each time, so a resumed
 * or retried upload reads the file again from the start instead of holding it in memory.
 */
export const blobSource = (file: Blob): EvidenceSource => ({
  size: file.size,
  async *open() {
    const reader = file.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  },
});

/** Bytes `[start, end)` of a file, for the metadata readers' trailers and late boxes. */
export const blobRange =
  (file: Blob) =>
  async (start: number, end: number): Promise<Uint8Array> =>
    new Uint8Array(await file.slice(start, end).arrayBuffer());

/** Whole percent of an upload; a file of nothing is done as soon as it starts. */
export const percentOf = (p: Pick<EvidenceProgress, 'done' | 'total'>): number =>
  p.total <= 0 ? 100 : Math.min(100, Math.floor((p.done / p.total) * 100));

/** A SHA-256 short enough for a table cell; the full one stays in the title and the copy. */
export const shortHash = (hex: string): string =>
  hex.length <= 16 ? hex : `${hex.slice(0, 12)}…${hex.slice(-4)}`;

/** A size in the reader's language: bytes below a kilobyte, else the largest fitting unit. */
export const formatBytes = (bytes: number, locale: string): string => {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
};

/** How a file may be shown in the page; anything else is only offered as a download. */
export type PreviewKind = 'image' | 'video' | 'audio' | 'pdf';

// Only types a browser renders without running the file's own code: an HTML or SVG file shown
// from a blob: address would run with this origin's privileges, so those are never previewed.
const PREVIEWABLE: Readonly<Record<string, PreviewKind>> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'image/avif': 'image',
  'video/mp4': 'video',
  'video/webm': 'video',
  'video/quicktime': 'video',
  'audio/mpeg': 'audio',
  'audio/ogg': 'audio',
  'audio/wav': 'audio',
  'audio/x-wav': 'audio',
  'audio/webm': 'audio',
  'audio/mp4': 'audio',
  'audio/flac': 'audio',
  'application/pdf': 'pdf',
};

/** How to preview a file of this (sniffed) media type, or null when it is not shown inline. */
export const previewKindOf = (mediaType: string | undefined): PreviewKind | null =>
  mediaType === undefined ? null : (PREVIEWABLE[mediaType.toLowerCase()] ?? null);

/** Largest file previewed in memory; larger ones are downloaded instead of filling the tab. */
export const PREVIEW_LIMIT = 256 * 1024 * 1024;

/** The facts worth showing from a file's sealed metadata, each checked on its own. */
export interface MetadataFacts {
  readonly mediaType?: string;
  readonly capturedAt?: string;
  readonly gps?: NonNullable<ExtractedMetadata['gps']>;
  readonly device?: NonNullable<ExtractedMetadata['device']>;
  readonly pageCount?: number;
  readonly durationSeconds?: number;
  readonly width?: number;
  readonly height?: number;
  readonly warnings?: readonly string[];
}

/** A part of the metadata when its schema accepts it, else nothing. */
const part = <T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
): T | undefined => {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The facts of a file's metadata. The metadata was read from a file an adversary may have made
 * (and sealed by whichever client uploaded it), so each part is validated alone: one malformed
 * part is left out without hiding the others.
 */
export const metadataFacts = (metadata: unknown): MetadataFacts => {
  if (!isRecord(metadata)) return {};
  const mediaType = part(mediaTypeSchema, metadata['mediaType']);
  const capturedAt = part(metadataDateTimeSchema, metadata['capturedAt']);
  const gps = part(gpsSchema, metadata['gps']);
  const device = part(deviceSchema, metadata['device']);
  const image = part(imageInfoSchema, metadata['image']);
  const pdf = part(pdfInfoSchema, metadata['pdf']);
  const media = part(mediaInfoSchema, metadata['media']);
  const warnings = Array.isArray(metadata['warnings'])
    ? metadata['warnings'].filter((w): w is string => typeof w === 'string').slice(0, 32)
    : [];
  const width = image?.width ?? media?.width;
  const height = image?.height ?? media?.height;
  return {
    ...(mediaType === undefined ? {} : { mediaType }),
    ...(capturedAt === undefined ? {} : { capturedAt }),
    ...(gps === undefined ? {} : { gps }),
    ...(device === undefined || Object.keys(device).length === 0 ? {} : { device }),
    ...(pdf?.pageCount === undefined ? {} : { pageCount: pdf.pageCount }),
    ...(media?.durationSeconds === undefined ? {} : { durationSeconds: media.durationSeconds }),
    ...(width === undefined || height === undefined ? {} : { width, height }),
    ...(warnings.length === 0 ? {} : { warnings }),
  };
};

/** A capture time as stated: an offset-less EXIF time is the device's clock, zone unknown. */
export const isLocalTime = (dateTime: string): boolean => !/(Z|[+-]\d\d:\d\d)$/.test(dateTime);

/** One row of the custody timeline: the signed event opened, or a note that it could not be. */
export type CustodyRow =
  | { readonly index: number; readonly event: CustodyEvent }
  | { readonly index: number; readonly event: null };

/** The signed events as timeline rows, in chain order. */
export const custodyRows = (signed: readonly unknown[]): CustodyRow[] =>
  signed.map((raw, index) => {
    const parsed = signedCustodyEventSchema.safeParse(raw);
    return { index, event: parsed.success ? parsed.data.event : null };
  });

/** One problem of a chain, for the red badge: which event (by position) and the code. */
export interface CustodyIssue {
  /** Position in the chain, or -1 for the chain as a whole (no intake). */
  readonly index: number;
  readonly problem: string;
}

/** Every problem the check found, the server's disagreements included, in chain order. */
export const custodyIssues = (result: CustodyResult): CustodyIssue[] =>
  [
    ...result.problems.map((p) => ({ index: p.index, problem: p.problem as string })),
    ...result.mismatches.map((m) => ({ index: m.index, problem: m.problem as string })),
  ].sort((a, b) => a.index - b.index);

/** The problem codes the chain check and the server comparison report (packages/crypto). */
type ProblemCode =
  CustodyResult['problems'][number]['problem'] | CustodyResult['mismatches'][number]['problem'];

// A record over the codes, so the compiler fails when the check learns a code with no message.
const problemCodes = {
  malformed: true,
  wrong_item: true,
  bad_hash: true,
  bad_signature: true,
  unknown_signer: true,
  out_of_order: true,
  broken_link: true,
  file_mismatch: true,
  server_mismatch: true,
  no_intake: true,
} as const satisfies Record<ProblemCode, true>;

export const KNOWN_PROBLEMS: ReadonlySet<string> = new Set(Object.keys(problemCodes));

/** The message naming a problem; a code this build does not know still shows as a problem. */
export const problemMessage = (issue: CustodyIssue): MessageId =>
  KNOWN_PROBLEMS.has(issue.problem)
    ? (`evidence.custody.problem.${issue.problem}` as MessageId)
    : 'evidence.custody.problem.other';

// Packages for court (issue 4 point 6): which items go in, what the file is called, how its bytes
// are held until saved.

/** Selected items by id; a new set for each change, as React state wants. */
export type Selection = ReadonlySet<string>;

/** Whether an item can be packaged: only a finished upload has a signed intake and a file. */
export const isPackageable = (view: Pick<EvidenceView, 'item'>): boolean =>
  view.item.state === 'stored';

/** The selection with one item added or taken out. */
export const toggleItem = (selection: Selection, id: string, on: boolean): Selection => {
  const next = new Set(selection);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/** What the selection means for the list shown: the items, in list order, and the header box. */
export interface SelectionSummary {
  /** Selected items that can be packaged, in the list's order (the package keeps it). */
  readonly ids: readonly string[];
  /** For the "select all" box: none, some (indeterminate) or all of the packageable items. */
  readonly state: 'none' | 'some' | 'all';
  readonly packageable: number;
}

/** The listed items the selection packages, in the list's order. */
export const chosenOf = <V extends Pick<EvidenceView, 'item'>>(
  selection: Selection,
  views: readonly V[],
): V[] => views.filter((v) => isPackageable(v) && selection.has(v.item.id));

/**
 * The selection against the items listed now. Ids no longer listed (or no longer packageable) are
 * ignored rather than removed, so a refresh of the list never packages something unseen.
 */
export const summarise = (
  selection: Selection,
  views: readonly Pick<EvidenceView, 'item'>[],
): SelectionSummary => {
  const candidates = views.filter(isPackageable);
  const ids = chosenOf(selection, candidates).map((v) => v.item.id);
  const state = ids.length === 0 ? 'none' : ids.length === candidates.length ? 'all' : 'some';
  return { ids, state, packageable: candidates.length };
};

/** The "select all" box: every packageable item, or none when all of them were selected. */
export const toggleAll = (
  selection: Selection,
  views: readonly Pick<EvidenceView, 'item'>[],
): Selection =>
  summarise(selection, views).state === 'all'
    ? new Set()
    : new Set(views.filter(isPackageable).map((v) => v.item.id));

/**
 * The package's file name: the local date only. No ids, record or file names: a file name is seen
 * by the browser's download list, the file system and whoever looks over a shoulder.
 */
export const packageFileName = (now: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `evidence-package-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
};

/** The largest package (the library refuses more too: its ZIP writer has no ZIP64). */
export const PACKAGE_LIMIT = PACKAGE_MAX_BYTES;

/**
 * An upper bound of the files' bytes in a package: the stored (ciphertext) size of each item,
 * a little more than its original.
 */
export const packageBytes = (views: readonly Pick<EvidenceView, 'item'>[]): number =>
  views.reduce((sum, v) => sum + v.item.size, 0);

/** Bytes held as JavaScript copies before they are joined into a Blob part. */
const BLOB_PART_BYTES = 32 * 1024 * 1024;

/**
 * Collects a stream's chunks into one Blob. Each chunk is copied (the library may reuse its
 * buffers); every `partBytes` the copies are joined into a Blob part, which the browser may keep
 * out of the JavaScript heap (Chromium pages large blobs to disk), so the heap holds one part.
 */
export const blobCollector = (type: string, partBytes = BLOB_PART_BYTES) => {
  const parts: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const join = () => {
    if (pending.length === 0) return;
    parts.push(new Blob(pending));
    pending = [];
    pendingBytes = 0;
  };
  return {
    push(chunk: Uint8Array): void {
      pending.push(new Uint8Array(chunk));
      pendingBytes += chunk.length;
      if (pendingBytes >= partBytes) join();
    },
    /** The bytes pushed so far, as one Blob of `type`. */
    blob(): Blob {
      join();
      return new Blob(parts, { type });
    },
  };
};
