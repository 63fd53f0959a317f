import type { RefObject } from 'react';
import type { Figure, StatsTable } from '../model/table';
import type { ValueLabel } from '../useValueLabel';

/** What opening a figure hands over: which figure, its words, and the mark to return focus to. */
export type SelectFigure = (figure: Figure, label: string, opener: Element | null) => void;

/** What every chart of the page is drawn from. */
export interface ChartProps {
  readonly table: StatsTable;
  readonly label: ValueLabel;
  /** The chart's title (its accessible name). */
  readonly title: string;
  /** The key (figureKey) of the figure whose records are shown, if any. */
  readonly selected: string | undefined;
  readonly onSelect: SelectFigure;
  /** The drawing, for the image downloads. */
  readonly svgRef: RefObject<SVGSVGElement | null>;
}

/** Colours as SVG attributes (the CSP forbids inline styles; exported images need no CSS). */
export const INK = '#1c2430';
export const MUTED = '#5b6675';
export const GRID = '#e3e7ec';
export const BAR = '#5b7fb5';
