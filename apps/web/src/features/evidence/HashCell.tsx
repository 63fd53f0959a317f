import { useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { shortHash } from './model';

/** A SHA-256 shortened for reading, whole in its tooltip and in what the Copy button copies. */
export function HashCell({ sha256 }: { readonly sha256: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard.writeText(sha256).then(
      () => setCopied(true),
      // Without clipboard permission the full hash can still be selected from the tooltip.
      () => setCopied(false),
    );
  };
  return (
    <span className="hash-cell">
      <code title={sha256} data-testid="evidence-sha256" data-sha256={sha256}>
        {shortHash(sha256)}
      </code>{' '}
      <button
        type="button"
        className="link-button small"
        aria-label={t('evidence.copyHashLabel')}
        onClick={copy}
      >
        {copied ? t('evidence.copied') : t('evidence.copyHash')}
      </button>
    </span>
  );
}
