import { FACILITY_STATUSES, FACILITY_UNIT_KINDS } from '@vigil/core';
import type { ReactNode } from 'react';
import type { MessageId } from '../../../app/i18n/en';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { useLabeller } from '../../records/shared/useLabeller';
import { statusLabel, unitLabel } from '../labels';
import { controlId, Labelled, Problems } from './FormBits';
import {
  emptySource,
  emptyStatus,
  emptyUnit,
  problemsAt,
  type FormProblem,
  type SourceRow,
  type StatusRow,
  type UnitRow,
} from './formModel';

/**
 * Repeatable rows (status periods, units, sources) in a fieldset: "Add" appends a row and moves
 * focus into it, "Remove" takes a row out. Problems of a whole row (overlapping periods) follow it.
 */
function Rows<R>({
  name,
  legend,
  hint,
  rows,
  empty,
  first,
  problems,
  onChange,
  children,
}: {
  readonly name: string;
  readonly legend: MessageId;
  readonly hint: MessageId;
  readonly rows: readonly R[];
  readonly empty: R;
  /** The field of a row that takes focus when the row is added. */
  readonly first: string;
  readonly problems: readonly FormProblem[];
  readonly onChange: (rows: R[]) => void;
  readonly children: (row: R, i: number, set: (row: R) => void) => ReactNode;
}) {
  const t = useT();
  const set = (i: number) => (row: R) => onChange(rows.map((r, j) => (j === i ? row : r)));
  const add = () => {
    onChange([...rows, empty]);
    requestAnimationFrame(() =>
      document.getElementById(controlId(`${name}.${rows.length}.${first}`))?.focus(),
    );
  };
  return (
    <fieldset className="stack" aria-describedby={`${controlId(name)}-hint`}>
      <legend>{t(legend)}</legend>
      <div className="field-hint" id={`${controlId(name)}-hint`}>
        {t(hint)}
      </div>
      <Problems id={`${controlId(name)}-error`} problems={problemsAt(problems, name)} />
      {rows.length > 0 ? (
        <div className="fac-rows">
          {rows.map((row, i) => (
            // Rows have no identity but their place; the index is the key on purpose.
            <div
              className="fac-row"
              key={i}
              role="group"
              aria-label={t('facilities.form.rowLabel', { name: t(legend), count: i + 1 })}
            >
              {children(row, i, set(i))}
              <Button
                onClick={() => onChange(rows.filter((_r, j) => j !== i))}
                aria-label={`${t('facilities.form.removeRow')}: ${t('facilities.form.rowLabel', { name: t(legend), count: i + 1 })}`}
              >
                {t('facilities.form.removeRow')}
              </Button>
              <Problems
                id={`${controlId(`${name}.${i}`)}-error`}
                problems={problemsAt(problems, `${name}.${i}`)}
              />
            </div>
          ))}
        </div>
      ) : null}
      <div>
        <Button onClick={add} testId={`facility-${name}-add`}>
          {t('facilities.form.addRow')}
        </Button>
      </div>
    </fieldset>
  );
}

type EditorProps<R> = {
  readonly rows: readonly R[];
  readonly problems: readonly FormProblem[];
  readonly onChange: (rows: R[]) => void;
};

/** Status periods: a status and optional from / to days. */
export function StatusRows({ rows, problems, onChange }: EditorProps<StatusRow>) {
  const t = useT();
  const l = useLabeller();
  return (
    <Rows
      name="status"
      legend="facilities.field.status"
      hint="facilities.field.statusHint"
      rows={rows}
      empty={emptyStatus}
      first="status"
      problems={problems}
      onChange={onChange}
    >
      {(row, i, set) => (
        <>
          <Labelled
            path={`status.${i}.status`}
            label="facilities.page.status"
            problems={problemsAt(problems, `status.${i}.status`)}
          >
            {(c) => (
              <select
                {...c}
                value={row.status}
                onChange={(e) =>
                  set({ ...row, status: FACILITY_STATUSES.find((s) => s === e.target.value) ?? '' })
                }
              >
                <option value="">{t('facilities.field.choose')}</option>
                {FACILITY_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {statusLabel(l, s)}
                  </option>
                ))}
              </select>
            )}
          </Labelled>
          <Labelled
            path={`status.${i}.from`}
            label="facilities.field.from"
            problems={problemsAt(problems, `status.${i}.from`)}
          >
            {(c) => (
              <input
                {...c}
                type="date"
                value={row.from}
                onChange={(e) => set({ ...row, from: e.target.value })}
              />
            )}
          </Labelled>
          <Labelled
            path={`status.${i}.to`}
            label="facilities.field.to"
            problems={problemsAt(problems, `status.${i}.to`)}
          >
            {(c) => (
              <input
                {...c}
                type="date"
                value={row.to}
                onChange={(e) => set({ ...row, to: e.target.value })}
              />
            )}
          </Labelled>
        </>
      )}
    </Rows>
  );
}

/** Units: a kind (ShIZO, PKT…) and an optional name. */
export function UnitRows({ rows, problems, onChange }: EditorProps<UnitRow>) {
  const t = useT();
  const l = useLabeller();
  return (
    <Rows
      name="units"
      legend="facilities.field.units"
      hint="facilities.field.unitsHint"
      rows={rows}
      empty={emptyUnit}
      first="kind"
      problems={problems}
      onChange={onChange}
    >
      {(row, i, set) => (
        <>
          <Labelled
            path={`units.${i}.kind`}
            label="facilities.field.unitKind"
            problems={problemsAt(problems, `units.${i}.kind`)}
          >
            {(c) => (
              <select
                {...c}
                value={row.kind}
                onChange={(e) =>
                  set({ ...row, kind: FACILITY_UNIT_KINDS.find((k) => k === e.target.value) ?? '' })
                }
              >
                <option value="">{t('facilities.field.choose')}</option>
                {FACILITY_UNIT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {unitLabel(l, k)}
                  </option>
                ))}
              </select>
            )}
          </Labelled>
          <Labelled
            path={`units.${i}.name`}
            label="facilities.field.unitName"
            problems={problemsAt(problems, `units.${i}.name`)}
            className="fac-row-wide"
          >
            {(c) => (
              <input
                {...c}
                value={row.name}
                maxLength={200}
                onChange={(e) => set({ ...row, name: e.target.value })}
              />
            )}
          </Labelled>
        </>
      )}
    </Rows>
  );
}

/** Sources: a title, an optional web address and the day it was read. */
export function SourceRows({ rows, problems, onChange }: EditorProps<SourceRow>) {
  return (
    <Rows
      name="sources"
      legend="facilities.field.sources"
      hint="facilities.field.sourcesHint"
      rows={rows}
      empty={emptySource}
      first="title"
      problems={problems}
      onChange={onChange}
    >
      {(row, i, set) => (
        <>
          <Labelled
            path={`sources.${i}.title`}
            label="facilities.field.sourceTitle"
            problems={problemsAt(problems, `sources.${i}.title`)}
            className="fac-row-wide"
          >
            {(c) => (
              <input
                {...c}
                value={row.title}
                maxLength={500}
                onChange={(e) => set({ ...row, title: e.target.value })}
              />
            )}
          </Labelled>
          <Labelled
            path={`sources.${i}.url`}
            label="facilities.field.sourceUrl"
            problems={problemsAt(problems, `sources.${i}.url`)}
            className="fac-row-wide"
          >
            {(c) => (
              <input
                {...c}
                type="url"
                inputMode="url"
                spellCheck={false}
                value={row.url}
                onChange={(e) => set({ ...row, url: e.target.value })}
              />
            )}
          </Labelled>
          <Labelled
            path={`sources.${i}.accessed`}
            label="facilities.field.sourceAccessed"
            problems={problemsAt(problems, `sources.${i}.accessed`)}
          >
            {(c) => (
              <input
                {...c}
                type="date"
                value={row.accessed}
                onChange={(e) => set({ ...row, accessed: e.target.value })}
              />
            )}
          </Labelled>
        </>
      )}
    </Rows>
  );
}
