import { INDICATORS, METHODOLOGY_VERSION } from '@vigil/analytics';
import methodology from '../../../../../docs/risk-index.md?raw';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { useIndexLabels } from './labels';
import { Markdown } from './Markdown';

/**
 * The methodology of the index: docs/risk-index.md as shipped with this version of Vigil, read
 * at build time (nothing is fetched), and each indicator's full definition from the catalogue.
 */
export function MethodologyPage() {
  const t = useT();
  const { locale } = useLocale();
  const labels = useIndexLabels();
  return (
    <article className="stack-lg ri-methodology" data-testid="risk-methodology">
      <p className="muted">{t('riskIndex.methodology.intro', { version: METHODOLOGY_VERSION })}</p>
      <section className="card">
        <Markdown source={methodology} shift={1} />
      </section>
      <section className="card stack" aria-labelledby="ri-definitions">
        <h2 id="ri-definitions">{t('riskIndex.methodology.definitions')}</h2>
        {locale === 'uk' ? (
          <p className="muted small">{t('riskIndex.methodology.inEnglish')}</p>
        ) : null}
        <dl className="ri-definitions">
          {INDICATORS.map((d) => (
            <div key={d.id} id={`indicator-${d.id}`}>
              <dt>
                {labels.indicator(d.id)} <code>{d.id}</code>
              </dt>
              <dd>{locale === 'ru' ? d.method.ru : d.method.en}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
