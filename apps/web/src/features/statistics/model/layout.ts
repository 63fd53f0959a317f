/**
 * Geometry of the statistics charts that is not a plain scale (those are the monitoring
 * charts' `linearScale`, `slots`, `axisTop`): stacks, heat-map cells, labels that fit. Pure, so
 * it is tested here; the components only draw.
 */

/**
 * A label cut to `max` characters with an ellipsis in the middle, keeping its start and its end:
 * facility names differ at the end ("Pre-trial Detention Centre No. 1 (SIZO-1), Kursk"). The
 * full text is in the figure's title and in the table.
 */
export const fitLabel = (label: string, max: number): string => {
  if (label.length <= max) return label;
  const room = Math.max(2, max - 1);
  const head = Math.ceil(room * 0.6);
  const tail = room - head;
  return `${label.slice(0, head).trimEnd()}…${tail > 0 ? label.slice(-tail).trimStart() : ''}`;
};

/** One segment of a stacked bar: from `y0` to `y1` in counts (not pixels). */
export interface StackSegment<K> {
  readonly key: K;
  readonly value: number;
  readonly y0: number;
  readonly y1: number;
}

/** Segments stacked in the order given; zeros take no room and are left out. */
export const stackOf = <K>(
  parts: readonly { readonly key: K; readonly value: number }[],
): StackSegment<K>[] => {
  let y = 0;
  const out: StackSegment<K>[] = [];
  for (const p of parts) {
    if (p.value <= 0) continue;
    out.push({ key: p.key, value: p.value, y0: y, y1: y + p.value });
    y += p.value;
  }
  return out;
};

/**
 * Widths of an average character of the 12px row labels and 11px column labels, for the room to
 * leave: estimates on the wide side (DejaVu Sans, the usual system font on Linux), on purpose.
 */
const ROW_CHAR = 7.4;
const COLUMN_CHAR = 6.8;
/** Slanted at 45°, a label reaches about 0.72 of its length up and as far to the right. */
const SLANT = 0.72;

/** Where a heat map's cells go. */
export interface HeatLayout {
  readonly width: number;
  readonly height: number;
  /** Left edge of the first column (room for the row labels). */
  readonly left: number;
  /** Top edge of the first row (room for the slanted column labels). */
  readonly top: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** Characters a row label / a column label is cut to. */
  readonly rowChars: number;
  readonly columnChars: number;
}

/**
 * The heat map's frame for `rows` × `columns` cells: row labels on the left as wide as the
 * longest needs (up to a limit), column labels slanted above (and reaching past the last column),
 * cells as wide as `width` allows between a two-digit number and a comfortable maximum. A table
 * of many columns grows wider than `width` (the figure scrolls); one of few is narrower.
 */
export const heatLayout = (
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  width = 720,
): HeatLayout => {
  const rowChars = Math.min(32, Math.max(4, ...rowLabels.map((l) => l.length)));
  const columnChars = Math.min(24, Math.max(4, ...columnLabels.map((l) => l.length)));
  const left = Math.ceil(rowChars * ROW_CHAR) + 14;
  const columns = Math.max(1, columnLabels.length);
  const cellWidth = Math.max(34, Math.min(120, Math.floor((width - left - 10) / columns)));
  const cellHeight = 34;
  const reach = (label: string, j: number): number =>
    (j + 0.5) * cellWidth + SLANT * Math.min(label.length, columnChars) * COLUMN_CHAR;
  const overhang = Math.max(
    0,
    ...columnLabels.map((label, j) => reach(label, j) - columns * cellWidth),
  );
  const top = Math.ceil(columnChars * COLUMN_CHAR * SLANT) + 16;
  return {
    width: Math.ceil(left + columns * cellWidth + overhang + 10),
    height: top + Math.max(1, rowLabels.length) * cellHeight + 4,
    left,
    top,
    cellWidth,
    cellHeight,
    rowChars,
    columnChars,
  };
};
