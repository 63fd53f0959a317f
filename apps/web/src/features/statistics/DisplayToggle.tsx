import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { DISPLAYS, type Display } from './model/display';

/** Bars or map, as two buttons of which one is pressed (Tab reaches each, Enter or Space picks). */
export function DisplayToggle({
  display,
  onChange,
}: {
  readonly display: Display;
  readonly onChange: (display: Display) => void;
}) {
  const t = useT();
  return (
    <div className="stats-display" role="group" aria-label={t('statistics.display.title')}>
      <span className="small muted" aria-hidden="true">
        {t('statistics.display.title')}:
      </span>
      {DISPLAYS.map((d) => (
        <Button
          key={d}
          aria-pressed={display === d}
          onClick={() => onChange(d)}
          testId={`stats-show-${d}`}
        >
          {t(`statistics.display.${d}`)}
        </Button>
      ))}
    </div>
  );
}
