import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from './indicators';
import { METHODOLOGY_VERSION } from './index';
import { PILLARS } from './pillars';
import { DEFAULT_SETTINGS } from './settings';

const page = readFileSync(new URL('../../../../docs/risk-index.md', import.meta.url), 'utf8');

describe('the methodology page (docs/risk-index.md)', () => {
  it('states the methodology version the code carries', () => {
    expect(page).toContain(`Methodology version **${METHODOLOGY_VERSION}**`);
  });

  it('lists every pillar and every indicator of the catalogue', () => {
    for (const p of PILLARS) expect(page).toContain(`\`${p}\``);
    for (const d of INDICATORS) expect(page).toContain(`\`${d.id}\``);
  });

  it('documents the default settings the code uses', () => {
    expect(page).toContain(`default ${DEFAULT_SETTINGS.weightSpread}`);
    expect(page).toContain(`default ${DEFAULT_SETTINGS.minCoverage}`);
    expect(page).toContain('default 1,000');
    expect(DEFAULT_SETTINGS.draws).toBe(1000);
  });
});
