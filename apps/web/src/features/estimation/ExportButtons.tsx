import { useState, type RefObject } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { todayIso } from '../facilities/labels';
import { chartSvgText, pngOf, saveBlob } from '../statistics/download';
import { csvText } from '../statistics/model/csv';
import type { ExportFormat } from '../statistics/model/exportFile';

/**
 * Downloads of the chart, made in this browser with the statistics page's helpers: PNG and SVG
 * with the chart's title and note, and the figures behind it as CSV.
 */
export function ExportButtons({
  svgRef,
  title,
  note,
  name,
  csvRows,
}: {
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly title: string;
  readonly note: string;
  /** The file name without the day and extension: what is counted, never who. */
  readonly name: string;
  readonly csvRows: () => (string | number)[][];
}) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const download = async (format: ExportFormat) => {
    setFailed(false);
    const fileName = `${name}-${todayIso()}.${format}`;
    if (format === 'csv') {
      // A byte-order mark, so spreadsheet programs read Cyrillic labels as UTF-8.
      const text = `\uFEFF${csvText(csvRows())}`;
      saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
      return;
    }
    const svg = svgRef.current;
    if (svg === null) return;
    const drawing = chartSvgText(svg, title, note);
    if (format === 'svg') {
      saveBlob(new Blob([drawing.text], { type: 'image/svg+xml' }), fileName);
      return;
    }
    setBusy(true);
    try {
      saveBlob(await pngOf(drawing.text, drawing.width, drawing.height), fileName);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="est-export" role="group" aria-label={t('statistics.export.title')}>
      <span className="small muted">{t('statistics.export.title')}:</span>
      <Button onClick={() => void download('png')} pending={busy} testId="est-export-png">
        {t('statistics.export.png')}
      </Button>
      <Button onClick={() => void download('svg')} testId="est-export-svg">
        {t('statistics.export.svg')}
      </Button>
      <Button onClick={() => void download('csv')} testId="est-export-csv">
        {t('statistics.export.csv')}
      </Button>
      <span className="small muted">{t('statistics.export.hint')}</span>
      {failed ? (
        <p className="field-error est-export-problem" role="alert">
          {t('statistics.export.failed')}
        </p>
      ) : null}
    </div>
  );
}
