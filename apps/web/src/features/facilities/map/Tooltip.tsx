/** Rough width of a character of the tooltip's 13px text; the box only needs to fit it. */
const CHAR = 7;
const LINE = 18;
const PAD = 8;

/**
 * A tooltip drawn inside the SVG (the CSP forbids the inline styles an HTML one would need to be
 * placed). It sits beside the point and flips to the other side near the right or bottom edge.
 * Decorative for screen readers: the point's own label says the same.
 */
export function Tooltip({
  at,
  width,
  height,
  title,
  lines,
}: {
  readonly at: readonly [number, number];
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly lines: readonly string[];
}) {
  const texts = [title, ...lines];
  const w = Math.max(...texts.map((s) => s.length)) * CHAR + 2 * PAD;
  const h = texts.length * LINE + PAD;
  const x = at[0] + 12 + w > width ? at[0] - 12 - w : at[0] + 12;
  const y = Math.min(Math.max(at[1] - h / 2, 2), height - h - 2);
  return (
    <g
      className="fmap-tip"
      transform={`translate(${x} ${y})`}
      aria-hidden="true"
      data-testid="map-tooltip"
    >
      <rect width={w} height={h} rx={4} />
      {texts.map((s, i) => (
        <text
          key={i}
          x={PAD}
          y={PAD + LINE * i + 11}
          className={i === 0 ? 'fmap-tip-title' : undefined}
        >
          {s}
        </text>
      ))}
    </g>
  );
}
