// Dates from an XMP packet (PDF /Metadata, also found in images). XMP is RDF/XML; a property can be
// an attribute or an element, so both forms are matched. No XML parser: only two values are read.

/** Bounded text searched, so a huge packet costs no more than this. */
const MAX_XMP = 1024 * 1024;

const property = (xmp: string, name: string): string | undefined => {
  const text = xmp.slice(0, MAX_XMP);
  const attr = new RegExp(`${name}\\s*=\\s*["']([^"'<>]{4,40})["']`).exec(text);
  const elem = new RegExp(`<${name}>([^<]{4,40})</${name}>`).exec(text);
  return (attr ?? elem)?.[1]?.trim();
};

/** An XMP date (ISO 8601, any precision) normalised to `YYYY-MM-DDTHH:mm:ss[zone]`. */
export const xmpDate = (value: string | undefined): string | undefined => {
  const m =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
      value ?? '',
    );
  if (m === null) return undefined;
  const [, y = '', mo = '01', d = '01', h = '00', mi = '00', s = '00', zone = ''] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +s > 59) return undefined;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
};

/** xmp:CreateDate and xmp:ModifyDate of a packet. */
export const xmpDates = (xmp: string): { createdAt?: string; modifiedAt?: string } => {
  const out: { createdAt?: string; modifiedAt?: string } = {};
  const created = xmpDate(property(xmp, 'xmp:CreateDate'));
  const modified = xmpDate(property(xmp, 'xmp:ModifyDate'));
  if (created !== undefined) out.createdAt = created;
  if (modified !== undefined) out.modifiedAt = modified;
  return out;
};
