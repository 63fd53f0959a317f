// Which fonts the PDF renderer draws with, kept apart from the renderer so that naming them does
// not load pdf-lib (the web app loads the renderer only when a PDF is asked for).

/** Font files in fallback order for regular and bold text (WOFF or TTF bytes). */
export interface ReportFonts {
  readonly regular: readonly Uint8Array[];
  readonly bold: readonly Uint8Array[];
}

/** The font files the renderer is meant to get: Noto Sans (SIL OFL 1.1) from @fontsource/noto-sans. */
export const REPORT_FONT_FILES = {
  regular: [
    '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
    '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff',
    '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff',
    '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff',
  ],
  bold: [
    '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
    '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff',
    '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff',
    '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff',
  ],
} as const;
