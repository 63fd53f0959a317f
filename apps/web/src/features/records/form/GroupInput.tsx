import type { FieldSpec, VocabularyId } from '@vigil/core';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Combobox } from './Combobox';
import type { InvalidAt } from './inputs';
import type { GroupRow } from './model';
import { domIdOf, useFormLocale, useFormText } from './text';
import { vocabOptions, type PickerOption } from './vocabSearch';

/**
 * Repeatable rows of a group field (an incident's perpetrator involvements): one picker per part,
 * a button to add a row (focus goes to its first part) and one to remove each.
 */
export function GroupInput({
  name,
  spec,
  value,
  onChange,
  describedBy,
  invalidAt,
}: {
  readonly name: string;
  readonly spec: FieldSpec;
  readonly value: readonly GroupRow[];
  readonly onChange: (value: GroupRow[]) => void;
  readonly describedBy: string;
  readonly invalidAt: InvalidAt;
}) {
  const t = useT();
  const tx = useFormText();
  const locale = useFormLocale();
  const parts = useMemo(() => Object.entries(spec.parts ?? {}), [spec.parts]);
  const options = useMemo(
    () =>
      new Map<string, PickerOption[]>(
        parts.map(([part, p]) => [
          part,
          p.vocab === undefined ? [] : vocabOptions(p.vocab as VocabularyId, locale),
        ]),
      ),
    [parts, locale],
  );
  const firstPart = parts[0]?.[0] ?? '';
  const add = () => {
    onChange([...value, {}]);
    requestAnimationFrame(() =>
      document.getElementById(domIdOf(`${name}.${value.length}.${firstPart}`))?.focus(),
    );
  };
  const remove = (i: number) => {
    onChange(value.filter((_, j) => j !== i));
    requestAnimationFrame(() => document.getElementById(domIdOf(`${name}.add`))?.focus());
  };
  const setPart = (i: number, part: string, code: string) =>
    onChange(value.map((row, j) => (j === i ? { ...row, [part]: code } : row)));

  return (
    <div className="rf-group">
      {value.length === 0 ? <p className="muted small">{t('form.group.empty')}</p> : null}
      {value.map((row, i) => (
        // Rows have no identity but their place.
        <div
          className="rf-group-row"
          key={i}
          role="group"
          aria-label={t('form.group.row', { count: i + 1 })}
        >
          {parts.map(([part, p]) => {
            const code = row[part] ?? '';
            const partLabel = tx(`form.part.${name}.${part}`, p.doc);
            const id = domIdOf(`${name}.${i}.${part}`);
            return (
              <div key={part} className="rf-group-part">
                <label htmlFor={id}>{partLabel}</label>
                <Combobox
                  id={id}
                  options={options.get(part) ?? []}
                  value={code === '' ? [] : [code]}
                  multi={false}
                  onChange={(v) => setPart(i, part, v[0] ?? '')}
                  describedBy={describedBy}
                  invalid={invalidAt(`${name}.${i}.${part}`) || invalidAt(`${name}.${i}`)}
                  testId={`vocab-${name}-${part}`}
                />
              </div>
            );
          })}
          <button type="button" className="btn btn-quiet rf-row-remove" onClick={() => remove(i)}>
            {t('form.group.remove', { count: i + 1 })}
          </button>
        </div>
      ))}
      <div>
        <button type="button" id={domIdOf(`${name}.add`)} className="btn btn-quiet" onClick={add}>
          + {t('form.group.add')}
        </button>
      </div>
    </div>
  );
}
