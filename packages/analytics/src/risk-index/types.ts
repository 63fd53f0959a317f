import type { Level, Pillar } from './pillars';
import type { IndexSettings } from './settings';

/** One observed indicator value for one unit (a country, region or facility). Expert values carry evidence and a confidence. */
export interface IndicatorValue {
  readonly indicator: string;
  /** Country code, region code ('RU-ROS', 'UA-43') or facility id. */
  readonly unit: string;
  /** The raw value; null means missing, never zero. */
  readonly value: number | null;
  /** Observations behind a records-based value: the denominator of a share or a rate. */
  readonly basis?: number;
  /** Ids of the records the value was computed from, so every number traces back to records. */
  readonly records?: readonly string[];
  /** For expert values: what the rating rests on (laws, decisions, reports). */
  readonly evidence?: string;
  /** For expert values: the expert's confidence; low and medium widen the interval. */
  readonly confidence?: 'low' | 'medium' | 'high';
}

/** An indicator as used for one unit: its raw and normalised value and where it came from. */
export interface IndicatorScore {
  readonly indicator: string;
  readonly raw: number | null;
  /** 0..1 risk, 1 = worst; null when missing. */
  readonly normalised: number | null;
  readonly basis?: number;
  readonly records?: readonly string[];
  readonly evidence?: string;
  readonly confidence?: 'low' | 'medium' | 'high';
}

/** One pillar of one unit. */
export interface PillarScore {
  readonly pillar: Pillar;
  /** 0..1 risk; null when coverage is below the minimum. */
  readonly score: number | null;
  /** 95 % Monte Carlo interval; null when the score is null or no draws were made. */
  readonly interval: [number, number] | null;
  /** Share of the pillar's indicator weight observed for this unit. */
  readonly coverage: number;
  readonly indicators: IndicatorScore[];
}

/** The index for one unit. */
export interface UnitScore {
  readonly unit: string;
  /** 0..1 risk (1 = highest); null when too few pillars are scored, never zero for lack of data. */
  readonly score: number | null;
  /** 95 % interval from the Monte Carlo draws; always contains the score. */
  readonly interval: readonly [number, number] | null;
  /** Share of the pillar weight scored for this unit. */
  readonly coverage: number;
  readonly pillars: readonly PillarScore[];
  /** 1 = highest risk among the units scored; ties share the best rank. */
  readonly rank?: number;
  /** 95 % interval of the rank across draws; always contains the rank. */
  readonly rankInterval?: [number, number];
  /** Ids of the indicators of this level with no value for this unit. */
  readonly missing: readonly string[];
}

/** How much one indicator moves the index. */
export interface IndicatorSensitivity {
  readonly indicator: string;
  readonly pillar: Pillar;
  /** Mean absolute change of unit scores when the indicator is dropped (units scored both ways). */
  readonly effect: number;
  /** Mean absolute change of rank when the indicator is dropped. */
  readonly rankShift: number;
  /** Pearson correlation, across units, of the indicator's normalised value with the score; null if undefined. */
  readonly correlation: number | null;
  /** Units compared for `effect` and `rankShift`. */
  readonly units: number;
}

/** The index at one level. */
export interface IndexResult {
  readonly level: Level;
  readonly settings: IndexSettings;
  readonly units: readonly UnitScore[];
  /** One entry per indicator used at this level, in catalogue order. */
  readonly sensitivity: readonly IndicatorSensitivity[];
  /** Data problems and choices a reader should know of, in plain English. */
  readonly warnings: readonly string[];
}
