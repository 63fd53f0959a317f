// Finds secrets in recorded requests, in every text encoding a careless client might use.
import { toBase64Url, toHex, utf8 } from '@vigil/crypto';
import type { RecordedRequest } from './harness';

/** A secret to look for, with a label for the failure message (never the value itself). */
export interface Needle {
  readonly label: string;
  readonly forms: readonly string[];
}

/** The text forms of binary secret material: base64url, base64 (padded and not), hex. */
export const binaryForms = (bytes: Uint8Array): string[] => {
  const base64 = Buffer.from(bytes).toString('base64');
  return [toBase64Url(bytes), base64, base64.replace(/=+$/, ''), toHex(bytes)];
};

/** The text forms of a password: as typed, JSON- and URL-escaped, and its UTF-8 bytes encoded. */
export const passwordForms = (password: string): string[] => [
  password,
  JSON.stringify(password).slice(1, -1),
  encodeURIComponent(password),
  ...binaryForms(utf8(password)),
];

/** Everything a request carries, as one searchable string. */
const requestText = (request: RecordedRequest): string =>
  [request.url, request.method, JSON.stringify(request.headers), request.body].join('\n');

/** Labels of needles found in any request, with the route they were found in. */
export const findLeaks = (
  requests: readonly RecordedRequest[],
  needles: readonly Needle[],
): string[] => {
  const found: string[] = [];
  for (const request of requests) {
    const text = requestText(request);
    const lower = text.toLowerCase();
    for (const needle of needles) {
      // Hex may be upper- or lower-case; base64 forms are case-sensitive.
      const hit = needle.forms.some(
        (form) => text.includes(form) || (/^[0-9a-f]+$/.test(form) && lower.includes(form)),
      );
      if (hit) found.push(`${needle.label} in ${request.method} ${new URL(request.url).pathname}`);
    }
  }
  return found;
};
