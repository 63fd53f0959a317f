// zlib inflate through the platform's DecompressionStream (browsers and Node ≥ 18 alike), so no
// decompression library is bundled. Output is capped: a few KiB of deflate can expand to GiBs.

import { concatBytes } from '@vigil/crypto';

/** The inflated bytes, or `undefined` when the data is not zlib, is cut short, or exceeds `maxOut`. */
export const inflate = async (
  data: Uint8Array,
  maxOut: number,
): Promise<Uint8Array | undefined> => {
  if (typeof globalThis.DecompressionStream !== 'function') return undefined;
  try {
    const stream = new globalThis.DecompressionStream('deflate');
    const writer = stream.writable.getWriter();
    // Errors surface on the reading side; these promises only need to be observed.
    writer.write(new Uint8Array(data)).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = stream.readable.getReader();
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxOut) {
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      parts.push(value);
    }
    return concatBytes(...parts);
  } catch {
    return undefined;
  }
};
