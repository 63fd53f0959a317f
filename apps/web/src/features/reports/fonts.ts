import type { ReportFonts } from '@vigil/client';
// The Noto Sans files of @fontsource/noto-sans (SIL OFL 1.1), served by this app's own origin:
// Vite copies them into the build, so a PDF never needs anything from elsewhere (PRODUCT.md
// principle 4). The order is the fallback order of REPORT_FONT_FILES in @vigil/client.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url';
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff?url';

const fetchBytes = async (url: string): Promise<Uint8Array> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

let loaded: Promise<ReportFonts> | null = null;

/** The report fonts, fetched once from this origin. */
export const reportFonts = (): Promise<ReportFonts> => {
  loaded ??= (async () => ({
    regular: await Promise.all(
      [latin400, latinExt400, cyrillic400, cyrillicExt400].map(fetchBytes),
    ),
    bold: await Promise.all([latin700, latinExt700, cyrillic700, cyrillicExt700].map(fetchBytes)),
  }))();
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
};
