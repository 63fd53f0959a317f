import type { VaultId } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { newRecordPath, prefillFromParams } from './prefill';

const vaultId = '0190aaaa-0000-7000-8000-000000000000' as VaultId;
const reportId = '0190aaaa-0000-7000-8000-000000000001';
const facilityId = '0190aaaa-0000-7000-8000-000000000002';

describe('a new record prefilled from the address', () => {
  it('names the report and its facility when a finding is added from its report', () => {
    const path = newRecordPath(vaultId, 'monitoring-finding', {
      report: reportId,
      facility: facilityId,
    });
    expect(path).toBe(
      `/vaults/${vaultId}/records/new/monitoring-finding?report=${reportId}&facility=${facilityId}`,
    );
    const { values, from } = prefillFromParams(
      'monitoring-finding',
      new URLSearchParams(path.split('?')[1]),
    );
    expect(values['report']).toBe(reportId);
    expect(values['facility']).toBe(facilityId);
    expect(values['heading']).toBe('');
    expect(from).toBe(reportId);
  });

  it('leaves out a link not given, and a link of no id at all', () => {
    expect(newRecordPath(vaultId, 'monitoring-finding', { facility: undefined })).toBe(
      `/vaults/${vaultId}/records/new/monitoring-finding`,
    );
  });

  it('ignores what is not an id, fields that are not coded links, and unknown parameters', () => {
    const params = new URLSearchParams({
      report: 'Ivanov',
      facility: facilityId.toUpperCase(),
      text: 'leaked words',
      heading: 'ill-treatment',
    });
    const { values, from } = prefillFromParams('monitoring-finding', params);
    expect(values['report']).toBe('');
    expect(values['facility']).toBe('');
    expect(values['text']).toBe('');
    expect(values['heading']).toBe('');
    expect(from).toBeUndefined();
  });

  it('fills a multi-valued link as a list and goes back to the first record named', () => {
    const sourceId = '0190aaaa-0000-7000-8000-000000000003';
    const params = new URLSearchParams([
      ['facility', facilityId],
      ['sources', sourceId],
      ['sources', sourceId],
    ]);
    const { values, from } = prefillFromParams('monitoring-report', params);
    expect(values['sources']).toEqual([sourceId]);
    expect(values['facility']).toBe(facilityId);
    expect(from).toBe(sourceId);
  });
});
