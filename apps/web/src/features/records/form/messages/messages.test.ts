import { RECORD_KINDS } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { catalogs, locales } from '../../../../app/i18n/locale';
import { tableOf } from '../model';

/** The enum values of a field spec, read from its schema. */
const enumValues = (value: unknown): string[] =>
  Object.keys((value as { enum?: Record<string, string> }).enum ?? {});

describe.each(locales)('the %s form messages', (locale) => {
  const catalog: Record<string, string> = catalogs[locale];

  it('label and explain every field of every record kind', () => {
    const missing = RECORD_KINDS.flatMap((kind) =>
      tableOf(kind).flatMap(([name]) =>
        [`form.field.${kind}.${name}`, `form.help.${kind}.${name}`].filter((k) => !(k in catalog)),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('label every value of every enum field and every part of group fields', () => {
    const missing: string[] = [];
    for (const kind of RECORD_KINDS) {
      for (const [name, spec] of tableOf(kind)) {
        if (spec.type === 'enum') {
          const values = enumValues(spec.value);
          expect(values.length, `${kind}.${name}`).toBeGreaterThan(0);
          for (const v of values) {
            if (!(`form.enum.${kind}.${name}.${v}` in catalog))
              missing.push(`${kind}.${name}.${v}`);
          }
        }
        for (const part of Object.keys(spec.parts ?? {})) {
          if (!(`form.part.${name}.${part}` in catalog)) missing.push(`${name}.${part}`);
        }
      }
      if (!(`form.kind.${kind}` in catalog)) missing.push(kind);
    }
    expect(missing).toEqual([]);
  });
});
