import type { EvidenceMeta } from '@vigil/client';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { formatBytes, isLocalTime, metadataFacts } from './model';

/**
 * What the file said about itself when it was read on the uploader's device, as plain numbers and
 * text. GPS is shown as coordinates only: a map would fetch tiles from a third party and tell it
 * where the evidence was taken.
 */
export function MetadataFacts({ meta }: { readonly meta: EvidenceMeta }) {
  const t = useT();
  const { locale } = useLocale();
  const facts = metadataFacts(meta.metadata);
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const device = facts.device
    ? [facts.device.make, facts.device.model, facts.device.software].filter(Boolean).join(' · ')
    : '';
  const rows: [string, string][] = [];
  if (facts.mediaType !== undefined) rows.push([t('evidence.meta.mediaType'), facts.mediaType]);
  rows.push([t('evidence.meta.size'), formatBytes(meta.size, locale)]);
  if (facts.capturedAt !== undefined) {
    rows.push([
      t('evidence.meta.capturedAt'),
      isLocalTime(facts.capturedAt)
        ? t('evidence.meta.localTime', { time: facts.capturedAt.replace('T', ' ') })
        : t('evidence.when', { date: new Date(facts.capturedAt) }),
    ]);
  }
  if (facts.gps !== undefined) {
    // Six decimals (about 10 cm) and a dot separator: the form that can be pasted into any tool.
    rows.push([
      t('evidence.meta.gps'),
      `${facts.gps.latitude.toFixed(6)}, ${facts.gps.longitude.toFixed(6)}`,
    ]);
    if (facts.gps.altitude !== undefined) {
      rows.push([
        t('evidence.meta.altitude'),
        t('evidence.meta.metres', { value: number(facts.gps.altitude, 1) }),
      ]);
    }
  }
  if (device !== '') rows.push([t('evidence.meta.device'), device]);
  if (facts.width !== undefined && facts.height !== undefined) {
    rows.push([t('evidence.meta.pixels'), `${facts.width} × ${facts.height}`]);
  }
  if (facts.pageCount !== undefined) {
    rows.push([t('evidence.meta.pages'), number(facts.pageCount, 0)]);
  }
  if (facts.durationSeconds !== undefined) {
    rows.push([
      t('evidence.meta.duration'),
      t('evidence.meta.seconds', { value: number(facts.durationSeconds, 1) }),
    ]);
  }
  if (meta.note !== undefined) rows.push([t('evidence.meta.note'), meta.note]);
  if (facts.warnings !== undefined) {
    rows.push([t('evidence.meta.warnings'), facts.warnings.join('; ')]);
  }
  return (
    <section className="stack" aria-label={t('evidence.meta.title')}>
      <h4>{t('evidence.meta.title')}</h4>
      <dl className="evidence-facts" data-testid="evidence-metadata">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {meta.sha256 !== undefined ? (
          <div>
            <dt>{t('evidence.meta.sha256')}</dt>
            <dd>
              <code className="hash-full">{meta.sha256}</code>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
