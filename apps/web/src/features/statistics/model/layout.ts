/**
 * Geometry of the statistics charts that is not a plain scale (those are the monitoring
 * charts' `linearScale`, `slots`, `axisTop`): stacks, heat-map cells, labels that fit. Pure, so
 * it is tested here; the components only draw.
 */

/** A label cut to `max` characters with an ellipsis (the full text goes in the figure's title). */
export const fitLabel = (label: string, max: number): string =>
  label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`;

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

/** Width of a character of the charts' 12px labels, for room to leave (an estimate, on purpose). */
const CHAR = 6.4;

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
 * longest needs (up to a limit), column labels slanted above, cells as wide as the width allows
 * but never narrower than a two-digit number; a wide table grows to the right (the figure scrolls).
 */
export const heatLayout = (
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  width = 720,
): HeatLayout => {
  const rowChars = Math.min(32, Math.max(4, ...rowLabels.map((l) => l.length)));
  const columnChars = Math.min(24, Math.max(4, ...columnLabels.map((l) => l.length)));
  const left = Math.ceil(rowChars * CHAR) + 12;
  const columns = Math.max(1, columnLabels.length);
  const cellWidth = Math.max(34, Math.min(96, Math.floor((width - left - 10) / columns)));
  const cellHeight = 28;
  // Labels slanted at 45°: they need about 0.7 of their length upwards.
  const top = Math.ceil(columnChars * CHAR * 0.72) + 14;
  return {
    width: Math.max(width, left + columns * cellWidth + 10),
    height: top + Math.max(1, rowLabels.length) * cellHeight + 4,
    left,
    top,
    cellWidth,
    cellHeight,
    rowChars,
    columnChars,
  };
};
