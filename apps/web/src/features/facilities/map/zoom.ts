/**
 * Zoom and pan of the map as one affine view: a drawn point p appears at k·p + (x, y). Pure, so
 * buttons, the wheel, the keyboard and dragging all go through the same few rules.
 */
export interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 40;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Keeps the drawing on screen: at zoom k it is k times the box, and its edges may not come inside
 * the box's edges (at k = 1 it cannot move at all).
 */
export const contain = (v: View, width: number, height: number): View => ({
  k: v.k,
  x: clamp(v.x, width - width * v.k, 0),
  y: clamp(v.y, height - height * v.k, 0),
});

/** Zooms by `factor`, keeping the screen point (cx, cy) where it is (under the pointer). */
export const zoomAround = (
  v: View,
  factor: number,
  cx: number,
  cy: number,
  width: number,
  height: number,
): View => {
  const k = clamp(v.k * factor, MIN_ZOOM, MAX_ZOOM);
  const f = k / v.k;
  return contain({ k, x: cx - (cx - v.x) * f, y: cy - (cy - v.y) * f }, width, height);
};

/** Moves the drawing by a screen distance. */
export const panBy = (v: View, dx: number, dy: number, width: number, height: number): View =>
  contain({ k: v.k, x: v.x + dx, y: v.y + dy }, width, height);

/** Where a drawn point appears on screen. */
export const toScreen = (v: View, p: readonly [number, number]): [number, number] => [
  v.k * p[0] + v.x,
  v.k * p[1] + v.y,
];

/** The zoom factor of one wheel event: a notch (or its pixels) doubles or halves gently. */
export const wheelFactor = (deltaY: number, deltaMode: number): number => {
  // deltaMode 0: pixels, 1: lines, 2: pages (WheelEvent).
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return 2 ** clamp(-pixels / 300, -1, 1);
};

/** The view that shows the drawn point p at the centre, at the same zoom (for a point focused off screen). */
export const centreOn = (
  v: View,
  p: readonly [number, number],
  width: number,
  height: number,
): View =>
  contain({ k: v.k, x: width / 2 - v.k * p[0], y: height / 2 - v.k * p[1] }, width, height);

/** True when a screen point lies inside the box. */
export const onScreen = (s: readonly [number, number], width: number, height: number): boolean =>
  s[0] >= 0 && s[0] <= width && s[1] >= 0 && s[1] <= height;
