import {
  CODED_DIMENSIONS,
  NO_VICTIM,
  UNKNOWN_DAY,
  dayAndMonthOf,
  type CodedColumn,
  type CodedDimension,
  type FactTable,
} from '@vigil/analytics';
import { ageBandOf, UN_AGGREGATE_USES, type ConsentExclusion } from '@vigil/core';
import { Combinations, Dictionary, IntColumn } from './columns';
import type { ChangedRecord, RegisterEntry } from './repository';

/**
 * The coded part of a vault's incidents, people and interventions that statistics count, kept in
 * memory as numbered columns and patched with what changed (migration 0012). Only codes and ids:
 * what the server stores in plaintext anyway. The @vigil/analytics fact table is laid out from
 * these columns after a change — integer work only, so a million incidents take a fraction of a
 * second, not the seconds that rebuilding from objects costs.
 */
export class VaultFacts {
  /** The stamp of the last change applied; '0' before the first look. */
  seq = '0';
  /** The register fingerprint the facility attributes were read at. */
  register = '';

  readonly #values = Object.fromEntries(
    CODED_DIMENSIONS.map((d) => [d, new Dictionary()]),
  ) as Record<CodedDimension, Dictionary>;
  /** Person record ids (victims and anyone else), numbered; their attributes are by this number. */
  readonly #persons = new Dictionary();
  /** The linkage run victims are counted by, its cluster ids and each person record's cluster. */
  #linkage: Linkage = new Linkage(null, this.#persons);
  readonly #methodSets = new Combinations();
  readonly #agencySets = new Combinations();
  readonly #groupSets = new Combinations();

  // Incidents, one row each; a deleted incident's row is reused.
  readonly #rowOf = new Map<string, number>();
  readonly #ids: (string | null)[] = [];
  readonly #free: number[] = [];
  readonly #victim = new IntColumn(-1);
  readonly #facility = new IntColumn(-1);
  readonly #region = new IntColumn(-1);
  readonly #act = new IntColumn(-1);
  readonly #day = new IntColumn(UNKNOWN_DAY);
  readonly #month = new IntColumn(UNKNOWN_DAY);
  readonly #methods = new IntColumn(0);
  readonly #agencies = new IntColumn(0);

  // People, by person number.
  readonly #sex = new IntColumn(-1);
  readonly #ageBand = new IntColumn(-1);
  readonly #birthYear = new IntColumn(-1);
  readonly #groups = new IntColumn(0);

  // Facilities, by their number in the facility dictionary.
  readonly #facilityType = new IntColumn(-1);
  readonly #facilityRegion = new IntColumn(-1);
  /** The facility a merged one joined (itself when not merged), by facility number. */
  readonly #canonical = new IntColumn(-1);

  // Consent: each incident's sources (a combination of source numbers) and confidentiality, and
  // each source's consent to aggregate UN use (1), none (0) or deleted (-1), by source number.
  readonly #sourceIds = new Dictionary();
  readonly #sourceSets = new Combinations();
  readonly #sources = new IntColumn(0);
  readonly #confidential = new IntColumn(0);
  readonly #unConsent = new IntColumn(-1);

  /** Capacity of each facility number of the register (-1 when it states none). */
  readonly #capacity = new IntColumn(-1);
  /** Facility numbers of the register's own (not merged) facilities. */
  #places: number[] = [];
  readonly #detentions = new Map<
    string,
    { readonly facility: number; readonly start: string | null; readonly end: string | null }
  >();

  readonly #interventions = new Map<
    string,
    { readonly incidents: readonly string[]; readonly outcomes: readonly string[] }
  >();
  #table: FactTable | null = null;
  /** The incident row of each fact-table row, as laid out with #table. */
  #order: Int32Array = new Int32Array(0);
  #consent: Int8Array | null = null;

  get incidentCount(): number {
    return this.#rowOf.size;
  }

  /**
   * The linkage run whose clusters the victims are counted as (null: none taken). A victim is the
   * person (cluster) of this run that their person record belongs to, else the record itself.
   */
  get linkRun(): number | null {
    return this.#linkage.run;
  }

  /**
   * An empty set of assignments of linkage run `run` (null: no run), to be filled page by page
   * and then taken with `setLinkage`: until then the counts stay by the previous run.
   */
  linkageOf(run: number | null): Linkage {
    return new Linkage(run, this.#persons);
  }

  /** Counts victims as the people of this run from now on (the victims are re-keyed, no rows read). */
  setLinkage(linkage: Linkage): void {
    this.#linkage = linkage;
    this.#table = null;
  }

  /** Applies changed records (in stamp order). */
  apply(rows: readonly ChangedRecord[]): void {
    for (const r of rows) {
      this.seq = r.seq;
      this.#table = null;
      if (r.kind === 'incident') this.#applyIncident(r);
      else if (r.kind === 'person') this.#applyPerson(r);
      else if (r.kind === 'source') this.#applySource(r);
      else if (r.kind === 'detention') {
        if (r.deleted) this.#detentions.delete(r.id);
        else {
          const facility = this.#values.facility.optional(r.facility);
          this.#detentions.set(r.id, { facility, start: r.start, end: r.end });
        }
      } else if (r.deleted) this.#interventions.delete(r.id);
      else this.#interventions.set(r.id, { incidents: r.incidents, outcomes: r.outcomes });
    }
  }

  /** Takes the register's facilities; those merged away count as the one they joined. */
  setRegister(fingerprint: string, entries: readonly RegisterEntry[]): void {
    const facilities = this.#values.facility;
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const e of entries) {
      const code = facilities.of(e.id);
      this.#facilityType.set(code, this.#values['facility-type'].of(e.type));
      this.#facilityRegion.set(code, this.#values.region.of(e.region));
      let target = e;
      // Merges are repointed to the last facility, but follow a chain defensively.
      for (let hops = 0; target.merged_into !== null && hops < 10; hops++) {
        target = byId.get(target.merged_into) ?? target;
      }
      this.#canonical.set(code, facilities.of(target.id));
      this.#capacity.set(code, e.capacity ?? -1);
    }
    this.#places = entries.filter((e) => e.merged_into === null).map((e) => facilities.of(e.id));
    this.register = fingerprint;
    this.#table = null;
  }

  #applyIncident(r: Extract<ChangedRecord, { kind: 'incident' }>): void {
    let row = this.#rowOf.get(r.id);
    if (r.deleted) {
      if (row === undefined) return;
      this.#rowOf.delete(r.id);
      this.#ids[row] = null;
      this.#free.push(row);
      return;
    }
    if (row === undefined) {
      row = this.#free.pop() ?? this.#ids.length;
      this.#rowOf.set(r.id, row);
      this.#ids[row] = r.id;
    }
    const when = r.day === null ? null : dayAndMonthOf(r.day);
    this.#victim.set(row, this.#persons.optional(r.victim));
    this.#facility.set(row, this.#values.facility.optional(r.facility));
    this.#region.set(row, this.#values.region.optional(r.region));
    this.#act.set(row, this.#values['act-type'].optional(r.actType));
    this.#day.set(row, when?.day ?? UNKNOWN_DAY);
    this.#month.set(row, when?.month ?? UNKNOWN_DAY);
    this.#methods.set(row, this.#methodSets.of(this.#values.method, r.methods));
    this.#agencies.set(row, this.#agencySets.of(this.#values['perpetrator-agency'], r.agencies));
    this.#sources.set(row, this.#sourceSets.of(this.#sourceIds, r.sources ?? []));
    this.#confidential.set(row, r.confidentiality === 'strictly-confidential' ? 1 : 0);
  }

  #applySource(r: Extract<ChangedRecord, { kind: 'source' }>): void {
    const s = this.#sourceIds.of(r.id);
    const consents = r.consent.some((u) => (UN_AGGREGATE_USES as readonly string[]).includes(u));
    this.#unConsent.set(s, r.deleted ? -1 : consents ? 1 : 0);
  }

  #applyPerson(r: Extract<ChangedRecord, { kind: 'person' }>): void {
    const p = this.#persons.of(r.id);
    // A deleted person's incidents still count their victim, with nothing known about them.
    this.#sex.set(p, r.deleted ? -1 : this.#values.sex.optional(r.sex));
    this.#ageBand.set(p, r.deleted ? -1 : this.#values['age-band'].optional(r.ageBand));
    this.#birthYear.set(p, r.deleted || r.birthYear === null ? -1 : r.birthYear);
    this.#groups.set(p, r.deleted ? 0 : this.#groupSets.of(this.#values.group, r.groups));
  }

  /** The fact table of the current state, laid out once per change. */
  table(): FactTable {
    if (this.#table === null) {
      this.#consent = null;
      this.#table = this.#layout();
    }
    return this.#table;
  }

  /**
   * Per row of `table()`: null when consent lets the incident count in aggregate figures for a
   * UN body (a live source authorising one of UN_AGGREGATE_USES, and not strictly confidential),
   * else why not. Computed once per layout.
   */
  consentOf(row: number): ConsentExclusion | null {
    const table = this.table();
    if (this.#consent === null) {
      const status = new Int8Array(table.size);
      for (let i = 0; i < status.length; i++) {
        const row = this.#order[i] as number;
        if (this.#confidential.get(row) === 1) {
          status[i] = 3;
          continue;
        }
        const list = this.#sourceSets.lists[this.#sources.get(row)] as Int32Array;
        let live = false;
        let consents = false;
        for (const s of list) {
          const c = this.#unConsent.get(s);
          live ||= c >= 0;
          consents ||= c === 1;
        }
        status[i] = consents ? 0 : live ? 2 : 1;
      }
      this.#consent = status;
    }
    return CONSENT_STATUS[this.#consent[row] as number] ?? null;
  }

  /** The register's own facilities (merged ones count as the one they joined). */
  places(): {
    facility: string;
    type: string | null;
    region: string | null;
    capacity: number | null;
  }[] {
    return this.#places.map((f) => this.#place(f, this.#capacity.get(f)));
  }

  /** The vault's live detentions, placed in their facility (as merged) with its type and region. */
  detentions(): {
    facility: string | null;
    type: string | null;
    region: string | null;
    start: string | null;
    end: string | null;
  }[] {
    return [...this.#detentions.values()].map((d) => {
      if (d.facility < 0) {
        return { facility: null, type: null, region: null, start: d.start, end: d.end };
      }
      const joined = this.#canonical.get(d.facility);
      const { facility, type, region } = this.#place(joined < 0 ? d.facility : joined, -1);
      return { facility, type, region, start: d.start, end: d.end };
    });
  }

  #place(f: number, capacity: number) {
    const type = this.#facilityType.get(f);
    const region = this.#facilityRegion.get(f);
    return {
      facility: this.#values.facility.values[f] as string,
      type: type < 0 ? null : (this.#values['facility-type'].values[type] ?? null),
      region: region < 0 ? null : (this.#values.region.values[region] ?? null),
      capacity: capacity < 0 ? null : capacity,
    };
  }

  /**
   * The victim code of each person record number: its cluster's number in the linkage run when
   * it has one, else the number of clusters plus its own (so codes never collide), and the id
   * behind each code.
   */
  #victimCodes(): { codes: Int32Array; ids: string[] } {
    const records = this.#persons.values;
    const clusters = this.#linkage.clusterIds.values;
    const codes = new Int32Array(records.length);
    for (let p = 0; p < records.length; p++) {
      const c = this.#linkage.clusterOf.get(p);
      codes[p] = c >= 0 ? c : clusters.length + p;
    }
    return { codes, ids: [...clusters, ...records] };
  }

  /** Live rows grouped by victim (rows without a victim last), as the fact table needs them. */
  #orderRows(victimOf: (row: number) => number, people: number): Int32Array {
    const starts = new Int32Array(people + 2);
    const live: number[] = [];
    for (const row of this.#rowOf.values()) {
      live.push(row);
      const v = victimOf(row);
      const next = (v < 0 ? people : v) + 1;
      starts[next] = (starts[next] as number) + 1;
    }
    for (let i = 1; i < starts.length; i++) {
      starts[i] = (starts[i] as number) + (starts[i - 1] as number);
    }
    const order = new Int32Array(live.length);
    for (const row of live) {
      const v = victimOf(row);
      const slot = v < 0 ? people : v;
      order[starts[slot] as number] = row;
      starts[slot] = (starts[slot] as number) + 1;
    }
    return order;
  }

  #layout(): FactTable {
    const people = this.#victimCodes();
    const victimOf = (row: number) => {
      const p = this.#victim.get(row);
      return p < 0 ? -1 : (people.codes[p] as number);
    };
    const order = this.#orderRows(victimOf, people.ids.length);
    this.#order = order;
    const n = order.length;
    const victims = new Int32Array(n);
    const days = new Int32Array(n);
    const months = new Int32Array(n);
    const incidents: string[] = new Array<string>(n);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const row = order[i] as number;
      const v = victimOf(row);
      victims[i] = v < 0 ? NO_VICTIM : v;
      days[i] = this.#day.get(row);
      const m = this.#month.get(row);
      months[i] = m;
      if (m !== UNKNOWN_DAY) {
        if (m < min) min = m;
        if (m > max) max = m;
      }
      incidents[i] = this.#ids[row] as string;
    }
    const single = (codeOf: (row: number) => number) => {
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) codes[i] = codeOf(order[i] as number);
      return codes;
    };
    const facilityOf = (row: number) => {
      const f = this.#facility.get(row);
      if (f < 0) return -1;
      // A facility the register does not hold (another server's id) counts as itself.
      const joined = this.#canonical.get(f);
      return joined < 0 ? f : joined;
    };
    // The victim's own record: sex, age and groups are of the record the incident names.
    const personOf = (row: number) => this.#victim.get(row);
    const ageBand = this.#values['age-band'];
    const outcomes = this.#outcomesByRow();
    // Codes first (the age bands of birth years may add to a dictionary), columns after.
    const singles: Partial<Record<CodedDimension, Int32Array>> = {
      facility: single(facilityOf),
      region: single((row) => {
        const own = this.#region.get(row);
        const f = facilityOf(row);
        return own >= 0 ? own : f < 0 ? -1 : this.#facilityRegion.get(f);
      }),
      'facility-type': single((row) => {
        const f = facilityOf(row);
        return f < 0 ? -1 : this.#facilityType.get(f);
      }),
      'act-type': single((row) => this.#act.get(row)),
      sex: single((row) => {
        const p = personOf(row);
        return p < 0 ? -1 : this.#sex.get(p);
      }),
      'age-band': single((row) => {
        const p = personOf(row);
        if (p < 0) return -1;
        const recorded = this.#ageBand.get(p);
        const born = this.#birthYear.get(p);
        const month = this.#month.get(row);
        if (recorded >= 0 || born < 0 || month === UNKNOWN_DAY) return recorded;
        const band = ageBandOf(Math.floor(month / 12) - born);
        return band === null ? -1 : ageBand.of(band);
      }),
    };
    const multis: Partial<Record<CodedDimension, (row: number) => Int32Array>> = {
      method: (row) => this.#methodSets.lists[this.#methods.get(row)] as Int32Array,
      'perpetrator-agency': (row) => this.#agencySets.lists[this.#agencies.get(row)] as Int32Array,
      group: (row) => {
        const p = personOf(row);
        return this.#groupSets.lists[p < 0 ? 0 : this.#groups.get(p)] as Int32Array;
      },
      'intervention-outcome': (row) => outcomes.get(row) ?? EMPTY,
    };
    const coded = {} as Record<CodedDimension, CodedColumn>;
    for (const d of CODED_DIMENSIONS) {
      const dictionary = [...this.#values[d].values];
      const codes = singles[d];
      const listOf = multis[d];
      coded[d] =
        codes !== undefined
          ? singleColumn(dictionary, codes)
          : multiColumn(dictionary, order, listOf ?? (() => EMPTY));
    }
    return {
      size: n,
      incidents,
      victimIds: people.ids,
      victims,
      days,
      months,
      monthRange: min === Infinity ? null : { min, max },
      coded,
    };
  }

  /** The outcome codes of the interventions naming each incident row. */
  #outcomesByRow(): Map<number, Int32Array> {
    const sets = new Map<number, Set<number>>();
    const dictionary = this.#values['intervention-outcome'];
    for (const iv of this.#interventions.values()) {
      for (const id of iv.incidents) {
        const row = this.#rowOf.get(id);
        if (row === undefined) continue;
        const set = sets.get(row) ?? new Set<number>();
        for (const o of iv.outcomes) set.add(dictionary.of(o));
        sets.set(row, set);
      }
    }
    return new Map([...sets].map(([row, set]) => [row, Int32Array.from(set)]));
  }
}

/**
 * The assignments of one linkage run (ids of person records → pseudonymous cluster ids), numbered:
 * each cluster id once, and the cluster number of each person record number of the facts.
 */
export class Linkage {
  readonly clusterIds = new Dictionary();
  /** Cluster number by person record number; -1 when the record has none in this run. */
  readonly clusterOf = new IntColumn(-1);
  readonly #persons: Dictionary;

  constructor(
    readonly run: number | null,
    persons: Dictionary,
  ) {
    this.#persons = persons;
  }

  /** Adds a page of the run's assignments. */
  add(assignments: readonly { readonly recordId: string; readonly clusterId: string }[]): void {
    for (const a of assignments) {
      this.clusterOf.set(this.#persons.of(a.recordId), this.clusterIds.of(a.clusterId));
    }
  }
}

const EMPTY = new Int32Array(0);
const CONSENT_STATUS: readonly (ConsentExclusion | null)[] = [
  null,
  'no-source',
  'no-consent',
  'confidential',
];

/** One value per row; -1 (unknown) becomes the dictionary's unknown code. */
const singleColumn = (dictionary: string[], codes: Int32Array): CodedColumn => {
  const unknown = dictionary.length;
  for (let i = 0; i < codes.length; i++) if ((codes[i] as number) < 0) codes[i] = unknown;
  return { dictionary, offsets: null, codes };
};

/** Several values per row; offsets only when some row holds more than one. */
const multiColumn = (
  dictionary: string[],
  order: Int32Array,
  listOf: (row: number) => Int32Array,
): CodedColumn => {
  const unknown = dictionary.length;
  const n = order.length;
  let total = 0;
  let multi = false;
  for (let i = 0; i < n; i++) {
    const length = listOf(order[i] as number).length;
    multi ||= length > 1;
    total += Math.max(1, length);
  }
  const codes = new Int32Array(total);
  const offsets = multi ? new Int32Array(n + 1) : null;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const list = listOf(order[i] as number);
    if (list.length === 0) codes[at++] = unknown;
    else for (const c of list) codes[at++] = c;
    if (offsets !== null) offsets[i + 1] = at;
  }
  return { dictionary, offsets, codes };
};
