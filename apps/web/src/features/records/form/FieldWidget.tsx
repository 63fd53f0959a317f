import {
  fieldClassOf,
  type FieldSpec,
  type RecordKind,
  type VaultId,
  type VocabularyId,
} from '@vigil/core';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Combobox } from './Combobox';
import { FacilityPicker } from './FacilityPicker';
import { FieldFrame, type FrameIds } from './FieldFrame';
import { GroupInput } from './GroupInput';
import { DateFeedback, EnumChecks, RowsInput } from './inputs';
import { maxLengthOf, widgetOf, type FieldInput, type GroupRow, type RangeInput } from './model';
import { RelationPicker } from './RelationPicker';
import { domIdOf, useFormLocale, useFormText } from './text';
import type { FieldProblem } from './validate';
import { vocabOptions } from './vocabSearch';

interface FieldWidgetProps {
  readonly vaultId: VaultId;
  readonly kind: RecordKind;
  readonly name: string;
  readonly spec: FieldSpec;
  readonly value: FieldInput;
  readonly onChange: (name: string, value: FieldInput) => void;
  readonly problems: readonly FieldProblem[];
  readonly problemText: (p: FieldProblem) => string;
}

const str = (v: FieldInput): string => (typeof v === 'string' ? v : '');
const list = (v: FieldInput): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const range = (v: FieldInput): RangeInput =>
  typeof v === 'object' && !Array.isArray(v) ? v : { from: '', to: '' };
const rows = (v: FieldInput): GroupRow[] =>
  Array.isArray(v) ? v.filter((x): x is GroupRow => typeof x === 'object') : [];

/** The enum values of a field, read from its schema (`z.enum`). */
const enumValues = (spec: FieldSpec): string[] =>
  Object.keys((spec.value as { enum?: Record<string, string> }).enum ?? {});

/** One field of a record form: the widget its type calls for, inside its labelled frame. */
export function FieldWidget({
  vaultId,
  kind,
  name,
  spec,
  value,
  onChange,
  problems,
  problemText,
}: FieldWidgetProps) {
  const t = useT();
  const tx = useFormText();
  const locale = useFormLocale();
  const widget = widgetOf(spec);
  const base = domIdOf(name);
  const ids: FrameIds = {
    control: base,
    help: `${base}-help`,
    error: `${base}-error`,
    describedBy: problems.length > 0 ? `${base}-help ${base}-error` : `${base}-help`,
  };
  const invalidAt = (path: string) => problems.some((p) => p.path === path);
  const invalid = problems.length > 0;
  const label = tx(`form.field.${kind}.${name}`, spec.doc);
  const enumLabel = (v: string) => tx(`form.enum.${kind}.${name}.${v}`, v);
  const vocab = spec.vocab as VocabularyId | undefined;
  const options = useMemo(
    () => (vocab === undefined ? [] : vocabOptions(vocab, locale, spec.terms)),
    [vocab, locale, spec.terms],
  );
  const set = (next: FieldInput) => onChange(name, next);
  const common = {
    id: base,
    'aria-describedby': ids.describedBy,
    'aria-invalid': invalid ? true : undefined,
  } as const;

  let help: string = tx(`form.help.${kind}.${name}`, spec.doc);
  let control;
  let group = false;
  switch (widget) {
    case 'vocab':
      help = `${help}. ${t('form.picker.hint')}${spec.multi ? ` ${t('form.picker.chipsHint')}` : ''}`;
      control = (
        <Combobox
          id={base}
          options={options}
          value={spec.multi ? list(value) : str(value) === '' ? [] : [str(value)]}
          multi={spec.multi}
          onChange={(v) => set(spec.multi ? v : (v[0] ?? ''))}
          describedBy={ids.describedBy}
          invalid={invalid}
          testId={`vocab-${name}`}
        />
      );
      break;
    case 'relation':
      help = `${help}. ${t('form.relation.hint')}`;
      control = (
        <RelationPicker
          id={base}
          vaultId={vaultId}
          target={spec.relation as RecordKind}
          value={spec.multi ? list(value) : str(value) === '' ? [] : [str(value)]}
          multi={spec.multi}
          onChange={(v) => set(spec.multi ? v : (v[0] ?? ''))}
          describedBy={ids.describedBy}
          invalid={invalid}
        />
      );
      break;
    case 'facility':
      help = `${help}. ${t('form.facility.hint')}`;
      control = (
        <FacilityPicker
          id={base}
          value={str(value)}
          onChange={(v) => set(v)}
          describedBy={ids.describedBy}
          invalid={invalid}
          testId={`facility-${name}`}
        />
      );
      break;
    case 'enum':
      control = (
        <select {...common} value={str(value)} onChange={(e) => set(e.target.value)}>
          <option value="">{t('form.enum.none')}</option>
          {enumValues(spec).map((v) => (
            <option key={v} value={v}>
              {enumLabel(v)}
            </option>
          ))}
        </select>
      );
      break;
    case 'enum-multi':
      group = true;
      control = (
        <EnumChecks
          name={name}
          values={enumValues(spec)}
          labelOf={enumLabel}
          value={list(value)}
          onChange={set}
          describedBy={ids.describedBy}
        />
      );
      break;
    case 'integer':
      control = (
        <input
          {...common}
          type="text"
          inputMode="numeric"
          className="rf-short"
          value={str(value)}
          onChange={(e) => set(e.target.value)}
        />
      );
      break;
    case 'code':
    case 'id':
      // Code fields' help already names the standard and examples.
      if (widget === 'id') help = `${help}. ${t('form.id.hint')}`;
      if (spec.multi) {
        group = true;
        control = (
          <RowsInput
            name={name}
            label={label}
            value={list(value)}
            onChange={set}
            describedBy={ids.describedBy}
            invalidAt={invalidAt}
            maxLength={100}
            multiline={false}
            code
          />
        );
      } else {
        control = (
          <div className="field-code">
            <input
              {...common}
              type="text"
              spellCheck={false}
              autoCapitalize={widget === 'code' ? 'characters' : 'off'}
              value={str(value)}
              onChange={(e) => set(e.target.value)}
            />
          </div>
        );
      }
      break;
    case 'text':
      control = (
        <input
          {...common}
          type="text"
          maxLength={maxLengthOf(spec)}
          value={str(value)}
          onChange={(e) => set(e.target.value)}
        />
      );
      break;
    case 'long-text':
      control = (
        <textarea
          {...common}
          rows={8}
          maxLength={maxLengthOf(spec)}
          value={str(value)}
          onChange={(e) => set(e.target.value)}
        />
      );
      break;
    case 'rows':
      group = true;
      control = (
        <RowsInput
          name={name}
          label={label}
          value={list(value)}
          onChange={set}
          describedBy={ids.describedBy}
          invalidAt={invalidAt}
          maxLength={maxLengthOf(spec)}
          multiline={maxLengthOf(spec) > 2000}
          code={spec.type === 'code'}
        />
      );
      break;
    case 'date':
    case 'date-value': {
      const mode = widget === 'date' ? 'single' : 'value';
      help = `${help}. ${t(mode === 'single' ? 'form.date.hint.single' : 'form.date.hint.value')}`;
      control = (
        <>
          <input
            {...common}
            type="text"
            className="rf-short"
            spellCheck={false}
            value={str(value)}
            onChange={(e) => set(e.target.value)}
          />
          <DateFeedback text={str(value)} mode={mode} flagged={invalid} />
        </>
      );
      break;
    }
    case 'date-range': {
      group = true;
      const r = range(value);
      help = `${help}. ${t('form.range.hint')}`;
      const both =
        r.from.trim() === '' && r.to.trim() === '' ? '' : `${r.from.trim()}/${r.to.trim()}`;
      control = (
        <>
          <div className="rf-range">
            {(['from', 'to'] as const).map((end) => (
              <label key={end} className="rf-range-end">
                <span>{t(end === 'from' ? 'form.range.from' : 'form.range.to')}</span>
                <input
                  id={end === 'from' ? base : domIdOf(`${name}.${end}`)}
                  type="text"
                  className="rf-short"
                  spellCheck={false}
                  aria-describedby={ids.describedBy}
                  aria-invalid={invalidAt(`${name}.${end}`) || invalidAt(name) ? true : undefined}
                  value={r[end]}
                  onChange={(e) => set({ ...r, [end]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <DateFeedback text={both} mode="value" flagged={invalid} />
        </>
      );
      break;
    }
    case 'group':
      group = true;
      control = (
        <GroupInput
          name={name}
          spec={spec}
          value={rows(value)}
          onChange={set}
          describedBy={ids.describedBy}
          invalidAt={invalidAt}
        />
      );
      break;
  }

  return (
    <FieldFrame
      ids={ids}
      name={name}
      label={label}
      help={help}
      required={spec.required}
      sealed={fieldClassOf(kind, spec, name) === 'sealed'}
      group={group}
      problems={problems}
      problemText={problemText}
    >
      {control}
    </FieldFrame>
  );
}
