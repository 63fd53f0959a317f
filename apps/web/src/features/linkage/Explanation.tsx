import type { ReviewExplanation } from '@vigil/analytics';
import { useT } from '../../app/i18n/LocaleProvider';
import { messageIdOf } from '../records/shared/labels';
import { levelText } from './model/levels';

const BAR_WIDTH = 140;
const BAR_HEIGHT = 14;
const MIDDLE = BAR_WIDTH / 2;

/** A signed weight with one decimal and a real minus sign. */
const signed = (w: number): string => `${w > 0 ? '+' : w < 0 ? '−' : '±'}${Math.abs(w).toFixed(1)}`;

/**
 * A diverging bar: evidence for a match to the right (green), against to the left (red). SVG
 * attributes only (the CSP allows no inline styles).
 */
function Bar({ weight, scale }: { readonly weight: number; readonly scale: number }) {
  const length = Math.min(MIDDLE - 2, (Math.abs(weight) / scale) * (MIDDLE - 2));
  return (
    <svg
      className="lk-bar"
      width={BAR_WIDTH}
      height={BAR_HEIGHT}
      viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`}
      aria-hidden="true"
    >
      <rect
        x={weight >= 0 ? MIDDLE : MIDDLE - length}
        y={2}
        width={length}
        height={BAR_HEIGHT - 4}
        fill={weight >= 0 ? '#1e6b3a' : '#a4262c'}
      />
      <line x1={MIDDLE} x2={MIDDLE} y1={0} y2={BAR_HEIGHT} stroke="#5b6675" strokeWidth={1} />
    </svg>
  );
}

/** Why the model scored a pair: each comparison's level and weight, the prior and the total. */
export function Explanation({ explanation }: { readonly explanation: ReviewExplanation }) {
  const t = useT();
  const weights = [explanation.priorWeight, ...explanation.comparisons.map((c) => c.weight)];
  const scale = Math.max(1, ...weights.map(Math.abs));
  const percent = Math.round(explanation.matchProbability * 1000) / 10;
  return (
    <section
      className="lk-explain"
      aria-labelledby="lk-explain-title"
      data-testid="linkage-explain"
    >
      <h3 id="lk-explain-title">{t('linkage.explain.title')}</h3>
      <table className="table lk-explain-table">
        <thead>
          <tr>
            <th scope="col">{t('linkage.explain.comparison')}</th>
            <th scope="col">{t('linkage.explain.level')}</th>
            <th scope="col" className="lk-num">
              {t('linkage.explain.weight')}
            </th>
            <td />
          </tr>
        </thead>
        <tbody>
          {explanation.comparisons.map((c) => {
            const column = messageIdOf(`linkage.column.${c.column}`);
            const level = levelText(c.label);
            return (
              <tr key={c.column} data-comparison={c.column}>
                <th scope="row">{column === undefined ? c.column : t(column)}</th>
                <td>{'raw' in level ? level.raw : t(level.id, level.values)}</td>
                <td className="lk-num">{signed(c.weight)}</td>
                <td>
                  <Bar weight={c.weight} scale={scale} />
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row" colSpan={2}>
              {t('linkage.explain.prior')}
            </th>
            <td className="lk-num">{signed(explanation.priorWeight)}</td>
            <td>
              <Bar weight={explanation.priorWeight} scale={scale} />
            </td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('linkage.explain.total')}
            </th>
            <td className="lk-num">{signed(explanation.matchWeight)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p data-testid="linkage-explain-probability">
        <strong>{t('linkage.explain.probability', { percent })}</strong>
      </p>
    </section>
  );
}
