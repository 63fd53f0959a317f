import { FactTableBuilder, type FactTable, type IncidentFact } from '@vigil/analytics';
import { ageBandOf } from '@vigil/core';
import type { ChangedRecord, RegisterEntry } from './repository';

/**
 * The coded part of a vault's incidents, people and interventions that statistics count, kept in
 * memory and patched with what changed (migration 0012). Only codes and ids: what the server
 * stores in plaintext anyway. The fact table for @vigil/analytics is rebuilt after a change.
 */

interface IncidentEntry {
  readonly victim: string | null;
  readonly facility: string | null;
  readonly region: string | null;
  readonly actType: string | null;
  readonly methods: readonly string[];
  readonly agencies: readonly string[];
  readonly day: string | null;
}

interface PersonEntry {
  readonly sex: string | null;
  readonly ageBand: string | null;
  readonly birthYear: number | null;
  readonly groups: readonly string[];
}

interface InterventionEntry {
  readonly incidents: readonly string[];
  readonly outcomes: readonly string[];
}

/** Person fields holding groups at risk; the sensitive ones are coded only where a vault says so. */
const GROUP_FIELDS = [
  'groups',
  'groupsEthnicity',
  'groupsReligion',
  'groupsLgbtq',
  'groupsDisability',
] as const;

/** Shares one copy of each repeated string (codes, victim ids) between entries. */
class Interner {
  readonly #strings = new Map<string, string>();
  of(value: string): string {
    const known = this.#strings.get(value);
    if (known !== undefined) return known;
    this.#strings.set(value, value);
    return value;
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
const one = (v: string | null): string[] => (v === null ? [] : [v]);

export class VaultFacts {
  /** The stamp of the last change applied; '0' before the first look. */
  seq = '0';
  /** The register fingerprint the facility attributes were read at. */
  register = '';
  readonly #incidents = new Map<string, IncidentEntry>();
  readonly #people = new Map<string, PersonEntry>();
  readonly #interventions = new Map<string, InterventionEntry>();
  #facilities = new Map<string, { type: string; region: string }>();
  /** Facilities merged away, to the one they joined. */
  #merged = new Map<string, string>();
  #table: FactTable | null = null;
  readonly #intern = new Interner();

  get incidentCount(): number {
    return this.#incidents.size;
  }

  /** Applies changed records (in stamp order). */
  apply(rows: readonly ChangedRecord[]): void {
    for (const r of rows) {
      this.seq = r.seq;
      this.#table = null;
      if (r.kind === 'incident') this.#applyIncident(r);
      else if (r.kind === 'person') this.#applyPerson(r);
      else this.#applyIntervention(r);
    }
  }

  /** Takes the register's facilities; those merged away count as the one they joined. */
  setRegister(fingerprint: string, entries: readonly RegisterEntry[]): void {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const facilities = new Map<string, { type: string; region: string }>();
    const merged = new Map<string, string>();
    for (const e of entries) {
      let target = e;
      // Merges are repointed to the last facility, but follow a chain defensively.
      for (let hops = 0; target.merged_into !== null && hops < 10; hops++) {
        target = byId.get(target.merged_into) ?? target;
      }
      facilities.set(e.id, { type: target.type, region: target.region });
      if (target.id !== e.id) merged.set(e.id, target.id);
    }
    this.#facilities = facilities;
    this.#merged = merged;
    this.register = fingerprint;
    this.#table = null;
  }

  /** The fact table of the current state, built once per change. */
  table(): FactTable {
    if (this.#table !== null) return this.#table;
    const outcomes = new Map<string, string[]>();
    for (const iv of this.#interventions.values()) {
      for (const incident of iv.incidents) {
        const list = outcomes.get(incident) ?? [];
        for (const o of iv.outcomes) if (!list.includes(o)) list.push(o);
        outcomes.set(incident, list);
      }
    }
    const builder = new FactTableBuilder();
    for (const [id, inc] of this.#incidents) builder.add(this.#factOf(id, inc, outcomes.get(id)));
    this.#table = builder.build();
    return this.#table;
  }

  #factOf(id: string, inc: IncidentEntry, outcomes: readonly string[] | undefined): IncidentFact {
    const person = inc.victim === null ? undefined : this.#people.get(inc.victim);
    const facilityId =
      inc.facility === null ? null : (this.#merged.get(inc.facility) ?? inc.facility);
    const facility = facilityId === null ? undefined : this.#facilities.get(facilityId);
    const region = inc.region ?? facility?.region ?? null;
    let ageBand = person?.ageBand ?? null;
    if (ageBand === null && person?.birthYear != null && inc.day !== null) {
      ageBand = ageBandOf(Number(inc.day.slice(0, 4)) - person.birthYear);
    }
    return {
      incident: id,
      victim: inc.victim,
      day: inc.day,
      values: {
        region: one(region),
        facility: one(facilityId),
        'facility-type': one(facility?.type ?? null),
        method: inc.methods,
        'perpetrator-agency': inc.agencies,
        'act-type': one(inc.actType),
        group: person?.groups ?? [],
        sex: one(person?.sex ?? null),
        'age-band': one(ageBand),
        // Incidents nobody intervened on have no outcome: counted as "none recorded".
        'intervention-outcome': outcomes ?? [],
      },
    };
  }

  #code(v: unknown): string | null {
    const s = str(v);
    return s === null ? null : this.#intern.of(s);
  }

  #codes(v: unknown): string[] {
    return [...new Set(strs(v))].map((s) => this.#intern.of(s));
  }

  #applyIncident(r: ChangedRecord): void {
    if (r.deleted) {
      this.#incidents.delete(r.id);
      return;
    }
    const c = r.coded;
    const perpetrators = Array.isArray(c['perpetrators']) ? c['perpetrators'] : [];
    this.#incidents.set(r.id, {
      victim: this.#code(c['victim']),
      facility: this.#code(c['facility']),
      region: this.#code(c['region']),
      actType: this.#code(c['actType']),
      methods: this.#codes(c['methods']),
      agencies: this.#codes(
        perpetrators.map((p: unknown) =>
          typeof p === 'object' && p !== null ? (p as Record<string, unknown>)['agency'] : null,
        ),
      ),
      day: r.day === null ? null : this.#intern.of(r.day),
    });
  }

  #applyPerson(r: ChangedRecord): void {
    if (r.deleted) {
      this.#people.delete(r.id);
      return;
    }
    const c = r.coded;
    const birthYear = c['birthYear'];
    this.#people.set(r.id, {
      sex: this.#code(c['sex']),
      ageBand: this.#code(c['ageBand']),
      birthYear: typeof birthYear === 'number' ? birthYear : null,
      groups: this.#codes(GROUP_FIELDS.flatMap((f) => strs(c[f]))),
    });
  }

  #applyIntervention(r: ChangedRecord): void {
    if (r.deleted) {
      this.#interventions.delete(r.id);
      return;
    }
    this.#interventions.set(r.id, {
      incidents: this.#codes(r.coded['incidents']),
      outcomes: this.#codes(r.coded['outcome']),
    });
  }
}
