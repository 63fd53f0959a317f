import { svgDocument } from './model/exportFile';

// The browser side of the downloads: the chart's SVG serialised, drawn on a canvas for PNG, and
// handed to the browser as a Blob. Nothing leaves the page; the CSP allows images from blob:.

/** Hands a Blob to the browser to save under `fileName`. */
export const saveBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The click has started the save; the address is not needed once this task ends.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
};

/** Attributes that only mean something on the page (interaction, styling by class, tests). */
const pageOnly = (name: string): boolean =>
  name === 'class' ||
  name === 'tabindex' ||
  name === 'role' ||
  name === 'style' ||
  name.startsWith('aria-') ||
  name.startsWith('data-');

/**
 * The chart as a stand-alone SVG document with its title and note. Colours are attributes of the
 * drawing (not CSS), so the copy looks as the page does without the app's stylesheet.
 */
export const chartSvgText = (
  svg: SVGSVGElement,
  title: string,
  note: string,
): { text: string; width: number; height: number } => {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Drawn for the page only (the outline of the region in focus on the map).
  for (const el of clone.querySelectorAll('[data-page-only]')) el.remove();
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const name of el.getAttributeNames()) if (pageOnly(name)) el.removeAttribute(name);
  }
  const serializer = new XMLSerializer();
  const inner = [...clone.childNodes].map((n) => serializer.serializeToString(n)).join('');
  const box = svg.viewBox.baseVal;
  return svgDocument(inner, { width: box.width, height: box.height }, title, note);
};

/** The SVG document drawn on a canvas at twice its size, as PNG bytes. */
export const pngOf = async (svgText: string, width: number, height: number): Promise<Blob> => {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser has no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob === null ? reject(new Error('no PNG from the canvas')) : resolve(blob)),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
};
