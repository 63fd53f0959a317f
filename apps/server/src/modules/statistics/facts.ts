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

  #code(v: string | null): string | null {
    return v === null ? null : this.#intern.of(v);
  }

  #codes(values: readonly string[]): string[] {
    return [...new Set(values)].map((v) => this.#intern.of(v));
  }

  #applyIncident(r: Extract<ChangedRecord, { kind: 'incident' }>): void {
    if (r.deleted) {
      this.#incidents.delete(r.id);
      return;
    }
    this.#incidents.set(r.id, {
      victim: this.#code(r.victim),
      facility: this.#code(r.facility),
      region: this.#code(r.region),
      actType: this.#code(r.actType),
      methods: this.#codes(r.methods),
      agencies: this.#codes(r.agencies),
      day: this.#code(r.day),
    });
  }

  #applyPerson(r: Extract<ChangedRecord, { kind: 'person' }>): void {
    if (r.deleted) {
      this.#people.delete(r.id);
      return;
    }
    this.#people.set(r.id, {
      sex: this.#code(r.sex),
      ageBand: this.#code(r.ageBand),
      birthYear: r.birthYear,
      groups: this.#codes(r.groups),
    });
  }

  #applyIntervention(r: Extract<ChangedRecord, { kind: 'intervention' }>): void {
    if (r.deleted) {
      this.#interventions.delete(r.id);
      return;
    }
    this.#interventions.set(r.id, {
      incidents: this.#codes(r.incidents),
      outcomes: this.#codes(r.outcomes),
    });
  }
}
