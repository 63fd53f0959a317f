import {
  annexDocument,
  buildAnnex,
  buildCommunication,
  buildFacilityReport,
  facilityDocument,
  loadAnnexInput,
  loadCommunicationInput,
  loadFacilityInput,
  type CommunicationModel,
  type ReportDocument,
  type VaultView,
} from '@vigil/client';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { useClient } from '../../app/session';
import { ErrorAlert } from '../../ui/Alert';
import { usePageTitle } from '../../ui/usePageTitle';
import { VaultChooser } from '../monitoring/VaultChooser';
import { localDay, periodOf, type ReportRequest } from './model/request';
import { ReportForm } from './ReportForm';
import { ReportResult } from './ReportResult';
import './reports.css';

/** A made report: a finished document, or the communication's model (edited before export). */
export type MadeReport =
  | {
      readonly kind: 'document';
      readonly doc: ReportDocument;
      readonly excluded: number;
      /** What `excluded` counts: records listed in the report, or incidents counted in the annex. */
      readonly excludedUnit?: 'records' | 'incidents';
    }
  | { readonly kind: 'communication'; readonly model: CommunicationModel; readonly day: string };

/**
 * Reports of a vault (issue 6 point 4): the statistical annex, a draft communication to the UN
 * Special Rapporteur on torture, a facility report. Records are opened and the report is made in
 * this page; edits stay in its memory; downloads are made here too. Nothing goes to the server
 * but the reads the report needs.
 */
export function ReportsPage() {
  const t = useT();
  usePageTitle(t('reports.title'));
  return (
    <div className="page stack-lg" data-testid="reports-page">
      <div className="page-head">
        <div>
          <h1>{t('reports.title')}</h1>
          <p className="muted">{t('reports.intro')}</p>
        </div>
      </div>
      <VaultChooser>{(vault) => <VaultReports key={vault.id} vault={vault} />}</VaultChooser>
    </div>
  );
}

function VaultReports({ vault }: { readonly vault: VaultView }) {
  const client = useClient();
  const { locale } = useLocale();
  const [request, setRequest] = useState<ReportRequest>({
    kind: 'annex',
    lang: locale,
    from: '',
    to: '',
    person: '',
    facility: '',
  });
  const make = useMutation({
    mutationFn: async (r: ReportRequest): Promise<MadeReport> => {
      const day = localDay(new Date());
      switch (r.kind) {
        case 'annex': {
          const model = buildAnnex(
            await loadAnnexInput(client, vault.id, periodOf(r), {
              includeUnrecorded: r.includeUnrecorded === true,
            }),
          );
          return {
            kind: 'document',
            doc: annexDocument(model, r.lang, day),
            excluded: (model.consent?.excluded ?? []).reduce((n, e) => n + e.incidents, 0),
            excludedUnit: 'incidents',
          };
        }
        case 'communication': {
          const input = await loadCommunicationInput(client, vault.id, r.person);
          return { kind: 'communication', model: buildCommunication(input, r.lang), day };
        }
        case 'facility': {
          const input = await loadFacilityInput(client, vault.id, r.facility, {
            ...periodOf(r),
            purpose: 'un-bodies',
          });
          const model = buildFacilityReport(input);
          return {
            kind: 'document',
            doc: facilityDocument(model, r.lang, day),
            excluded: model.excluded.length,
          };
        }
      }
    },
  });
  return (
    <>
      <ReportForm
        vault={vault}
        request={request}
        onChange={setRequest}
        onSubmit={() => make.mutate(request)}
        pending={make.isPending}
      />
      {make.isError ? <ErrorAlert error={make.error} /> : null}
      {make.data === undefined ? null : <ReportResult made={make.data} />}
    </>
  );
}
