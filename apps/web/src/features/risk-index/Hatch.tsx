import { HATCH, HATCH_BG } from './colours';

/** The hatching that marks missing data in the charts (a pattern to fill shapes with). */
export function HatchPattern({ id }: { readonly id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        patternUnits="userSpaceOnUse"
        width={6}
        height={6}
        patternTransform="rotate(45)"
      >
        <rect width={6} height={6} fill={HATCH_BG} />
        <line x1={0} y1={0} x2={0} y2={6} stroke={HATCH} strokeWidth={2} />
      </pattern>
    </defs>
  );
}
