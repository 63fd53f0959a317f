import { FacilityFileError, isApiError, type FacilityFileItem } from '@vigil/client';
import {
  DUPLICATE_POLICIES,
  facilityName,
  type Facility,
  type FacilityImportResponse,
} from '@vigil/core';
import { useId, useState } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { useLabeller } from '../../records/shared/useLabeller';
import { langOf } from '../labels';
import { formatOfName, readFacilityFile, type FacilityFileFormat } from '../model/files';
import { useImportFacilities } from '../queries';

type Policy = (typeof DUPLICATE_POLICIES)[number];

interface Problem {
  readonly at: number;
  readonly text: string;
}

/**
 * Import of a CSV or GeoJSON file: the file is read here (every problem named by its row or
 * feature), then checked by the server without storing anything (dry run), which lists the
 * likely duplicates; the user chooses what happens to them, and only then imports.
 */
export function ImportPanel({
  register,
  onClose,
}: {
  readonly register: readonly Facility[];
  readonly onClose: () => void;
}) {
  const t = useT();
  const l = useLabeller();
  const id = useId();
  const run = useImportFacilities();
  const [format, setFormat] = useState<FacilityFileFormat | null>(null);
  const [items, setItems] = useState<FacilityFileItem[] | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [policy, setPolicy] = useState<Policy>('refuse');
  const [checked, setChecked] = useState<FacilityImportResponse | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const lang = langOf(l.locale);
  const itemLabel = format === 'geojson' ? 'facilities.import.feature' : 'facilities.import.row';
  const nameAt = (index: number) => {
    const item = items?.[index];
    return item === undefined ? String(index + 1) : facilityName(item.facility.names, lang);
  };
  const nameOfId = (existing: string) => {
    const inRegister = register.find((f) => f.id === existing);
    if (inRegister !== undefined) return facilityName(inRegister.names, lang);
    // A duplicate of an earlier entry of the same file has the id made for it in the check:
    // `created` lists the entries neither skipped nor already in the register, in file order.
    if (checked === null || items === null) return existing;
    const unchanged = new Set<string>(checked.unchanged);
    const positions = items.flatMap((item, i) =>
      checked.skipped.includes(i) || (item.id !== undefined && unchanged.has(item.id)) ? [] : [i],
    );
    const k = checked.created.findIndex((c) => c === existing);
    const position = positions[k];
    return position === undefined ? existing : nameAt(position);
  };

  const check = (next: readonly FacilityFileItem[], nextPolicy: Policy) => {
    setChecked(null);
    setProblems([]);
    run.mutate(
      { facilities: [...next], onDuplicate: nextPolicy, dryRun: true },
      {
        onSuccess: setChecked,
        onError: (error) => {
          // Coordinates outside their region and the like: named per facility of the file.
          if (isApiError(error, 'validation_failed')) {
            setProblems(
              error.fields.map((f) => {
                const index = Number(/facilities\.(\d+)/.exec(f.path)?.[1] ?? -1);
                return { at: index + 1, text: `${nameAt(index)}: ${f.message}` };
              }),
            );
          }
        },
      },
    );
  };

  const onFile = async (file: File | undefined) => {
    setItems(null);
    setChecked(null);
    setFileProblem(null);
    setProblems([]);
    setDone(null);
    run.reset();
    if (file === undefined) return;
    const fileFormat = formatOfName(file.name);
    setFormat(fileFormat);
    if (fileFormat === null) {
      setFileProblem('CSV (.csv), GeoJSON (.geojson, .json)');
      return;
    }
    try {
      const read = await readFacilityFile(fileFormat, new Uint8Array(await file.arrayBuffer()));
      setItems(read);
      check(read, policy);
    } catch (error) {
      if (error instanceof FacilityFileError) {
        setFileProblem(error.message);
        setProblems(error.problems.map((p) => ({ at: p.at, text: `${p.field}: ${p.message}` })));
      } else {
        setFileProblem(error instanceof Error ? error.message : String(error));
      }
    }
  };

  const importNow = () => {
    if (items === null) return;
    run.mutate(
      { facilities: items, onDuplicate: policy, dryRun: false },
      {
        onSuccess: (result) => {
          setDone(result.created.length);
          setItems(null);
          setChecked(null);
        },
      },
    );
  };

  const refused = checked !== null && policy === 'refuse' && checked.duplicates.length > 0;
  const apiError = run.error !== null && problems.length === 0 ? run.error : null;

  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="facilities-import">
      <h2 id={`${id}-title`}>{t('facilities.import.title')}</h2>
      <p className="muted">{t('facilities.import.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('facilities.import.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
          onChange={(e) => void onFile(e.target.files?.[0])}
          data-testid="facilities-import-file"
        />
      </div>
      {fileProblem !== null ? (
        <div
          className="alert alert-error"
          role="alert"
          data-testid="facilities-import-file-problem"
        >
          {problems.length > 0
            ? t('facilities.import.fileProblems', { count: problems.length })
            : t('facilities.import.fileProblem', { reason: fileProblem })}
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div className="alert alert-error" role="alert" data-testid="facilities-import-problems">
          <ul className="fac-problems">
            {problems.map((p, i) => (
              <li key={i}>
                {t('facilities.import.problemAt', {
                  name: t(fileProblem === null ? 'facilities.import.item' : itemLabel),
                  count: p.at,
                  reason: p.text,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {apiError !== null ? <ErrorAlert error={apiError} /> : null}
      {done !== null ? <Notice>{t('facilities.import.done', { count: done })}</Notice> : null}
      {checked !== null ? (
        <div className="stack" data-testid="facilities-import-result" role="status">
          <p>{t('facilities.import.result', { count: checked.created.length })}</p>
          {checked.unchanged.length > 0 ? (
            <p>{t('facilities.import.unchanged', { count: checked.unchanged.length })}</p>
          ) : null}
          {checked.skipped.length > 0 ? (
            <p>{t('facilities.import.skipped', { count: checked.skipped.length })}</p>
          ) : null}
          {checked.duplicates.length > 0 ? (
            <div>
              <h3>{t('facilities.import.duplicates', { count: checked.duplicates.length })}</h3>
              <ul className="fac-dupes" data-testid="facilities-import-duplicates">
                {checked.duplicates.map((d) => (
                  <li key={`${d.index}-${d.existing}`}>
                    {t('facilities.import.duplicateItem', {
                      name: `${t(itemLabel)} ${(d.index ?? 0) + 1} (${nameAt(d.index ?? 0)})`,
                      value: nameOfId(d.existing),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      {items !== null && (checked?.duplicates.length ?? 0) > 0 ? (
        <fieldset className="stack">
          <legend>{t('facilities.import.policy')}</legend>
          {DUPLICATE_POLICIES.map((p) => (
            <label className="check" key={p}>
              <input
                type="radio"
                name={`${id}-policy`}
                value={p}
                checked={policy === p}
                onChange={() => {
                  setPolicy(p);
                  check(items, p);
                }}
                data-testid={`facilities-import-policy-${p}`}
              />{' '}
              {t(`facilities.import.policy.${p}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {refused ? <Notice kind="warning">{t('facilities.import.duplicateRefused')}</Notice> : null}
      <div className="actions">
        {items !== null && checked !== null ? (
          <Button
            variant="primary"
            onClick={importNow}
            pending={run.isPending}
            disabled={refused || checked.created.length === 0}
            testId="facilities-import-run"
          >
            {t('facilities.import.run')}
          </Button>
        ) : null}
        <Button onClick={onClose} testId="facilities-import-close">
          {t('facilities.import.close')}
        </Button>
      </div>
    </section>
  );
}
