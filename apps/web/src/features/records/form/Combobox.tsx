import { useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { rankOptions, type PickerOption } from './vocabSearch';

/** How many matches are listed at once; more are reached by typing (act types have 500+). */
const SHOWN = 50;

interface ComboboxProps {
  /** The id of the search input, so labels and the error summary can point at it. */
  readonly id: string;
  readonly options: readonly PickerOption[];
  /** Chosen codes or ids; a single-valued picker holds at most one. */
  readonly value: readonly string[];
  readonly multi: boolean;
  readonly onChange: (value: string[]) => void;
  readonly describedBy?: string;
  readonly invalid?: boolean;
  /** Accessible name when no <label for> points at the input (group parts use one). */
  readonly ariaLabel?: string;
  /** Shown in the list while options are loading or could not be loaded. */
  readonly status?: string;
  readonly testId?: string;
  /** Told what is typed (a relation picker may look names up beyond the listed records). */
  readonly onQueryChange?: (query: string) => void;
  /** The options a query finds, best first (default: `rankOptions`, for vocabularies). */
  readonly rank?: (options: readonly PickerOption[], query: string) => PickerOption[];
}

/**
 * An accessible combobox (WAI-ARIA 1.2 list autocomplete): type to filter by label in any of the
 * three languages or by code, arrow keys move, Enter picks, Escape closes, Backspace in the empty
 * box removes the last choice. Choices show as chips; nothing needs a mouse.
 */
export function Combobox({
  id,
  options,
  value,
  multi,
  onChange,
  describedBy,
  invalid,
  ariaLabel,
  status,
  testId,
  onQueryChange,
  rank = rankOptions,
}: ComboboxProps) {
  const t = useT();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const matches = useMemo(
    () => rank(options, query).filter((o) => !value.includes(o.value)),
    [rank, options, query, value],
  );
  const shown = matches.slice(0, SHOWN);
  const activeOption = open ? shown[Math.min(active, shown.length - 1)] : undefined;
  const optionId = (i: number) => `${listId}-o${i}`;

  const search = (text: string) => {
    setQuery(text);
    onQueryChange?.(text);
  };
  const pick = (option: PickerOption) => {
    onChange(multi ? [...value, option.value] : [option.value]);
    search('');
    setActive(0);
    setOpen(false);
  };
  const remove = (code: string) => {
    onChange(value.filter((v) => v !== code));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Ctrl/Cmd+Enter belongs to the form (save); leave it alone.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((a) => Math.min(a + 1, Math.max(shown.length - 1, 0)));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Home':
        if (open) {
          event.preventDefault();
          setActive(0);
        }
        break;
      case 'End':
        if (open) {
          event.preventDefault();
          setActive(Math.max(shown.length - 1, 0));
        }
        break;
      case 'Enter':
        // Never submit the form from here: Enter picks, or does nothing.
        event.preventDefault();
        if (activeOption !== undefined) pick(activeOption);
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (query !== '') {
          event.preventDefault();
          search('');
        }
        break;
      case 'Backspace': {
        const last = value.at(-1);
        if (query === '' && last !== undefined) {
          event.preventDefault();
          onChange(value.slice(0, -1));
        }
        break;
      }
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const labelOf = (code: string): string => {
    const option = byValue.get(code);
    if (option === undefined) return code;
    return option.retired ? t('form.picker.retired', { name: option.label }) : option.label;
  };

  return (
    <div className="picker" data-testid={testId}>
      {value.length > 0 ? (
        <ul className="picker-chips" aria-label={ariaLabel}>
          {value.map((code) => (
            <li key={code} className="picker-chip" data-testid="picker-chip">
              <span>{labelOf(code)}</span>
              <button
                type="button"
                className="picker-chip-remove"
                aria-label={t('form.picker.remove', { name: labelOf(code) })}
                onClick={() => remove(code)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        ref={input}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={
          activeOption === undefined ? undefined : optionId(shown.indexOf(activeOption))
        }
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        aria-label={ariaLabel}
        value={query}
        onChange={(e) => {
          search(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" className="picker-list" hidden={!open} aria-label={ariaLabel}>
        {open && status !== undefined ? <li className="picker-status">{status}</li> : null}
        {open && status === undefined && shown.length === 0 ? (
          <li className="picker-status">{t('form.picker.noMatch')}</li>
        ) : null}
        {open
          ? shown.map((option, i) => (
              <li
                key={option.value}
                id={optionId(i)}
                role="option"
                aria-selected={option === activeOption}
                className={[
                  'picker-option',
                  option === activeOption ? 'is-active' : '',
                  query === '' ? `picker-level-${Math.min(option.level, 5)}` : '',
                ].join(' ')}
                // Keep focus in the input: a mouse pick must not blur it first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(option);
                }}
              >
                <span>{option.label}</span>
                {query !== '' && option.context !== undefined ? (
                  <span className="picker-context">{option.context}</span>
                ) : null}
              </li>
            ))
          : null}
        {open && matches.length > SHOWN ? (
          <li className="picker-status">
            {t('form.picker.more', { count: matches.length - SHOWN })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
