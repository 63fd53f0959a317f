import type { KeyboardEvent, ReactNode } from 'react';
import { figureKey, type Figure } from '../model/table';
import type { SelectFigure } from './types';

/**
 * A figure of a chart that opens the records behind it: a button inside the SVG (Tab reaches it,
 * Enter or Space opens it), named by its value and count, with a tooltip saying the same.
 */
export function Mark({
  figure,
  label,
  description,
  selected,
  onSelect,
  children,
}: {
  readonly figure: Figure;
  /** The figure's words for the records panel ("2024, Beating"). */
  readonly label: string;
  /** The accessible name: the figure's words and its count. */
  readonly description: string;
  readonly selected: string | undefined;
  readonly onSelect: SelectFigure;
  readonly children: ReactNode;
}) {
  const key = figureKey(figure);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(figure, label, event.currentTarget);
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={description}
      aria-pressed={selected === key}
      className="stats-mark"
      onClick={(event) => onSelect(figure, label, event.currentTarget)}
      onKeyDown={onKeyDown}
      data-testid="stats-figure"
      data-row={figure.row === undefined ? undefined : (figure.row ?? '~')}
      data-column={figure.column === undefined ? undefined : (figure.column ?? '~')}
    >
      <title>{description}</title>
      {children}
    </g>
  );
}
