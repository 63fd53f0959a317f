import { useState, type RefObject } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { todayIso } from '../facilities/labels';
import { chartSvgText, pngOf, saveBlob } from './download';
import { csvText, type CsvLabels, tableRows } from './model/csv';
import { exportName, type ExportFormat } from './model/exportFile';
import type { StatsTable } from './model/table';
import type { StatsView } from './model/view';

/**
 * Downloads of the figure, all made in this browser: the chart as PNG or SVG (with its title and
 * the note on what is counted) and the table behind it as CSV.
 */
export function ExportButtons({
  view,
  table,
  svgRef,
  title,
  note,
  csvLabels,
  csvRows,
}: {
  readonly view: StatsView;
  readonly table: StatsTable;
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly title: string;
  readonly note: string;
  readonly csvLabels: CsvLabels;
  /** The CSV's rows when they are not the table's (rates: counts, denominators and rates). */
  readonly csvRows?: readonly (readonly (string | number)[])[];
}) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const download = async (format: ExportFormat) => {
    setFailed(false);
    const name = exportName(view, format, todayIso());
    if (format === 'csv') {
      // A byte-order mark, so spreadsheet programs read Cyrillic labels as UTF-8.
      const text = `\uFEFF${csvText(csvRows ?? tableRows(table, csvLabels))}`;
      saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
      return;
    }
    const svg = svgRef.current;
    if (svg === null) return;
    const drawing = chartSvgText(svg, title, note);
    if (format === 'svg') {
      saveBlob(new Blob([drawing.text], { type: 'image/svg+xml' }), name);
      return;
    }
    setBusy('png');
    try {
      saveBlob(await pngOf(drawing.text, drawing.width, drawing.height), name);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stats-export" role="group" aria-label={t('statistics.export.title')}>
      <span className="small muted">{t('statistics.export.title')}:</span>
      <Button
        onClick={() => void download('png')}
        pending={busy === 'png'}
        testId="stats-export-png"
      >
        {t('statistics.export.png')}
      </Button>
      <Button onClick={() => void download('svg')} testId="stats-export-svg">
        {t('statistics.export.svg')}
      </Button>
      <Button onClick={() => void download('csv')} testId="stats-export-csv">
        {t('statistics.export.csv')}
      </Button>
      <span className="small muted">{t('statistics.export.hint')}</span>
      {failed ? (
        <p className="field-error stats-export-problem" role="alert">
          {t('statistics.export.failed')}
        </p>
      ) : null}
    </div>
  );
}
