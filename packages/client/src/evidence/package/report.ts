import type { SignedCustodyEvent } from '@vigil/core';
import { fromBase64Url, sha256Hex } from '@vigil/crypto';
import type { Manifest, Signers } from './format';

/** What both reports say, in order: a title, sections of labelled lines, and a how-to. */
export interface ReportModel {
  readonly title: string;
  readonly summary: readonly (readonly [string, string])[];
  readonly items: readonly ReportItem[];
  readonly signers: readonly (readonly [string, string])[];
  readonly howToVerify: readonly string[];
}

export interface ReportItem {
  readonly heading: string;
  readonly facts: readonly (readonly [string, string])[];
  /** One row per custody event: seq, when, action, who, key fingerprint, note. */
  readonly timeline: readonly (readonly string[])[];
}

export const TIMELINE_COLUMNS = ['#', 'when (UTC)', 'action', 'actor', 'key', 'note'] as const;

/** A key's fingerprint: the first 16 hex digits of the SHA-256 of the raw public key. */
export const keyFingerprint = async (publicKey: string): Promise<string> =>
  (await sha256Hex(fromBase64Url(publicKey))).slice(0, 16).replace(/(.{4})(?!$)/g, '$1 ');

const HOW_TO = [
  'Offline, with only this ZIP: run "vigil package verify <this file>" (no server, no password).',
  "It checks that each file's SHA-256 equals the manifest's AND the one signed in the item's " +
    'intake custody event; that each custody chain is unbroken (every event names the hash of ' +
    'the one before; seq counts up from 0), each event signed (Ed25519) by its actor with the key ' +
    'signers.json gives for that account; and that the ZIP holds no file the manifest does not ' +
    'list and lacks none it does. It names every file or event that does not match.',
  'By hand: hash each file with SHA-256 (e.g. "sha256sum") and compare with manifest.json and with ' +
    'event 0 ("file.sha256") of custody/<id>.json. An event\'s hash is the SHA-256 of its "event" ' +
    'object in canonical JSON (RFC 8785); its signature is over those same bytes.',
  'This report is derived from the other files and is for reading only: manifest.json, the ' +
    'custody files and signers.json are what is checked.',
];

/** Builds the report's contents from what the package holds. */
export const reportModel = async (
  manifest: Omit<Manifest, 'reports'>,
  custody: ReadonlyMap<string, readonly SignedCustodyEvent[]>,
  signers: Signers,
): Promise<ReportModel> => {
  const fingerprints = new Map<string, string>();
  const fingerprint = async (key: string) => {
    const known = fingerprints.get(key);
    if (known !== undefined) return known;
    const made = await keyFingerprint(key);
    fingerprints.set(key, made);
    return made;
  };
  const items: ReportItem[] = [];
  for (const item of manifest.items) {
    const events = custody.get(item.id) ?? [];
    const timeline: string[][] = [];
    for (const { event } of events) {
      timeline.push([
        String(event.seq),
        event.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
        event.action + (event.derived === undefined ? '' : ` → ${event.derived}`),
        event.actor.accountId,
        await fingerprint(event.actor.signingKey),
        event.note ?? '',
      ]);
    }
    items.push({
      heading: `${item.fileName ?? '(no name)'} — ${item.id}`,
      facts: [
        ['kind', item.kind],
        ['media type', item.mediaType ?? '—'],
        ['size (bytes)', String(item.size)],
        ['SHA-256 (original, as signed at intake)', item.sha256],
        ['file in this package', item.path],
        ...(item.ciphertext === undefined
          ? []
          : ([
              ['SHA-256 of the ciphertext', item.ciphertext.sha256],
              ['encryption key', 'NOT included'],
            ] as const)),
        ['derived from', item.derivedFrom ?? '— (an original)'],
        ['linked records', item.links.length === 0 ? '—' : item.links.join(', ')],
        ['custody events', String(events.length)],
      ],
      timeline,
    });
  }
  const signerRows: (readonly [string, string])[] = [];
  for (const [account, key] of Object.entries(signers)) {
    signerRows.push([account, `${await fingerprint(key)}  (${key})`]);
  }
  return {
    title: 'Evidence package — chain of custody report',
    summary: [
      ['created (UTC)', manifest.createdAt],
      ['vault', manifest.vaultId],
      ['created by (account)', manifest.createdBy],
      ['items', String(manifest.items.length)],
      ['files', manifest.encrypted ? 'ciphertexts (key not included)' : 'decrypted originals'],
      ['format', `${manifest.format} v${manifest.version}`],
    ],
    items,
    signers: signerRows,
    howToVerify: HOW_TO,
  };
};
