/** The geometry of lines between facilities on a map (transfers, a person's path). */

/** Line width of a flow of `count` people, 2 to `max` pixels, by the square root of the count. */
export const flowWidth = (count: number, largest: number, max = 10): number =>
  largest <= 1 ? 2 : 2 + (max - 2) * Math.sqrt((count - 1) / (largest - 1));

/**
 * A gently curved path from a to b (a quadratic curve bowed to the left of the direction of
 * travel, so A→B and B→A do not lie on each other), stopping `gap` short of both ends so an
 * arrow head does not hide the point. Straight when the ends are too close to bend.
 */
export const arcPath = (
  a: readonly [number, number],
  b: readonly [number, number],
  gap = 0,
  bend = 0.18,
): string => {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  const num = (n: number) => String(Math.round(n * 10) / 10);
  if (length <= 2 * gap + 1) return `M${num(a[0])},${num(a[1])}L${num(b[0])},${num(b[1])}`;
  const ux = dx / length;
  const uy = dy / length;
  const start = [a[0] + ux * gap, a[1] + uy * gap] as const;
  const end = [b[0] - ux * gap, b[1] - uy * gap] as const;
  // The control point: off the middle, to the left of travel (SVG's y grows downwards).
  const control = [
    (a[0] + b[0]) / 2 + uy * length * bend,
    (a[1] + b[1]) / 2 - ux * length * bend,
  ] as const;
  return `M${num(start[0])},${num(start[1])}Q${num(control[0])},${num(control[1])} ${num(end[0])},${num(end[1])}`;
};
