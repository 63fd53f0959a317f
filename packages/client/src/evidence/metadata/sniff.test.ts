import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './sniff';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
/** An ftyp box with a major brand and compatible brands. */
const ftyp = (major: string, ...compatible: string[]): Uint8Array => {
  const body = [...ascii(major), 0, 0, 0, 0, ...compatible.flatMap(ascii)];
  return Uint8Array.from([0, 0, 0, body.length + 8, ...ascii('ftyp'), ...body]);
};

describe('sniffMediaType', () => {
  it('tells the ISO BMFF family apart by brand', () => {
    expect(sniffMediaType(ftyp('qt  '))).toBe('video/quicktime');
    expect(sniffMediaType(ftyp('heic', 'mif1', 'heic'))).toBe('image/heic');
    expect(sniffMediaType(ftyp('mif1', 'avif'))).toBe('image/avif');
    expect(sniffMediaType(ftyp('3gp4'))).toBe('video/3gpp');
    expect(sniffMediaType(ftyp('M4A '))).toBe('audio/mp4');
    expect(sniffMediaType(ftyp('isom', 'mp41'))).toBe('video/mp4');
  });

  it('finds a PDF header behind leading junk, as PDF readers do', () => {
    expect(sniffMediaType(Uint8Array.from([...ascii('junk\n'), ...ascii('%PDF-1.7')]))).toBe(
      'application/pdf',
    );
  });

  it('tells WebM from Matroska by the EBML DocType', () => {
    const ebml = (docType: string) =>
      Uint8Array.from([
        0x1a,
        0x45,
        0xdf,
        0xa3,
        0x80 | (docType.length + 3),
        0x42,
        0x82,
        0x80 | docType.length,
        ...ascii(docType),
      ]);
    expect(sniffMediaType(ebml('webm'))).toBe('video/webm');
    expect(sniffMediaType(ebml('matroska'))).toBe('video/x-matroska');
  });

  it('recognises nothing in text or empty input', () => {
    expect(sniffMediaType(new Uint8Array(0))).toBeUndefined();
    expect(sniffMediaType(Uint8Array.from(ascii('hello world')))).toBeUndefined();
  });
});
