import {
  communicationDocument,
  renderHtml,
  renderHtmlBody,
  withEdits,
  type CommunicationModel,
  type ReportDocument,
} from '@vigil/client';
import { useMutation } from '@tanstack/react-query';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { saveBlob } from '../statistics/download';
import { reportFonts } from './fonts';
import { localDay, reportFileName } from './model/request';
import { Preview } from './Preview';
import type { MadeReport } from './ReportsPage';

/** The made report: what consent left out, downloads, the editor (communication) and a preview. */
export function ReportResult({ made }: { readonly made: MadeReport }) {
  // A new report starts with no edits: the key resets the editor's state.
  return made.kind === 'communication' ? (
    <CommunicationResult key={made.model.personId + made.model.lang} made={made} />
  ) : (
    <DocumentResult
      doc={made.doc}
      excluded={made.excluded}
      incidents={made.excludedUnit === 'incidents'}
    />
  );
}

function CommunicationResult({
  made,
}: {
  readonly made: Extract<MadeReport, { kind: 'communication' }>;
}) {
  const [edits, setEdits] = useState<Readonly<Record<string, string>>>({});
  const doc = useMemo(
    () => communicationDocument(withEdits(made.model, edits), made.day),
    [made, edits],
  );
  return (
    <DocumentResult doc={doc} excluded={made.model.excluded.length}>
      <Editor model={made.model} edits={edits} onChange={setEdits} />
    </DocumentResult>
  );
}

/** Textareas prefilled from the records; edits live in this component's state only. */
function Editor({
  model,
  edits,
  onChange,
}: {
  readonly model: CommunicationModel;
  readonly edits: Readonly<Record<string, string>>;
  readonly onChange: (edits: Readonly<Record<string, string>>) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="report-editor">
      <h2 id={`${id}-title`}>{t('reports.edit.title')}</h2>
      <p className="muted small">{t('reports.edit.hint')}</p>
      {model.sections
        .filter((s) => s.fields.length > 0)
        .map((s) => (
          <fieldset key={s.id} className="reports-fields">
            <legend>{s.title}</legend>
            {s.fields.map((f) => (
              <div key={f.id} className="field">
                <label htmlFor={`${id}-${f.id}`}>{f.label}</label>
                <textarea
                  id={`${id}-${f.id}`}
                  rows={Math.min(12, Math.max(2, f.text.split('\n').length + 1))}
                  value={edits[f.id] ?? f.text}
                  onChange={(e) => onChange({ ...edits, [f.id]: e.target.value })}
                  data-testid={`report-field-${f.id}`}
                />
              </div>
            ))}
          </fieldset>
        ))}
      {Object.keys(edits).length > 0 ? (
        <div>
          <Button onClick={() => onChange({})} testId="report-edits-reset">
            {t('reports.edit.reset')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function DocumentResult({
  doc,
  excluded,
  incidents = false,
  children,
}: {
  readonly doc: ReportDocument;
  readonly excluded: number;
  /** `excluded` counts incidents left out of figures (the annex), not records listed. */
  readonly incidents?: boolean;
  readonly children?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const html = useMemo(() => renderHtmlBody(doc), [doc]);
  const day = localDay(new Date());
  const pdf = useMutation({
    mutationFn: async () => {
      // The PDF renderer (pdf-lib, fontkit) loads only when a PDF is asked for.
      const { renderPdf } = await import('./pdf');
      const bytes = await renderPdf(doc, await reportFonts());
      saveBlob(
        new Blob([bytes as BlobPart], { type: 'application/pdf' }),
        reportFileName(doc.kind, doc.lang, day, 'pdf'),
      );
    },
  });
  const downloadHtml = () =>
    saveBlob(
      new Blob([renderHtml(doc)], { type: 'text/html;charset=utf-8' }),
      reportFileName(doc.kind, doc.lang, day, 'html'),
    );
  return (
    <>
      <section className="card stack" aria-label={doc.title} data-testid="report-result">
        <Notice kind={excluded === 0 ? 'info' : 'warning'}>
          <span data-testid="report-excluded">
            {t(incidents ? 'reports.excludedIncidents' : 'reports.excluded', { count: excluded })}
          </span>
        </Notice>
        <div className="reports-actions">
          <Button variant="primary" onClick={downloadHtml} testId="report-download-html">
            {t('reports.download.html')}
          </Button>
          <Button pending={pdf.isPending} onClick={() => pdf.mutate()} testId="report-download-pdf">
            {pdf.isPending ? t('reports.download.pdfPending') : t('reports.download.pdf')}
          </Button>
        </div>
        {pdf.isError ? <ErrorAlert error={pdf.error} /> : null}
      </section>
      {children}
      <section className="stack" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{t('reports.preview.title')}</h2>
        <Preview html={html} label={t('reports.preview.label')} />
      </section>
    </>
  );
}
