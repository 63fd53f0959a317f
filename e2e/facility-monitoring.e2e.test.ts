import { facilityName, type Facility, type RecordData, type VaultId } from '@vigil/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeClient, signUpWithVault } from './evidence-helpers';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

const email = 'marina@e2e.example.org';
const password = 'correct horse battery staple 7';
const heldName = 'Ivan Sokolov';
const releasedName = 'Olga Markova';

/** An ISO day `n` days before today (UTC, as the server judges alerts). */
const daysAgo = (n: number): string =>
  new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const day = (value: string) => ({ precision: 'day' as const, value });

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What the test seeded: the vault, the three facilities and the two people. */
interface Seeded {
  readonly vaultId: VaultId;
  readonly here: Facility;
  readonly from: Facility;
  readonly to: Facility;
  readonly held: string;
}

/**
 * Seeds a vault through the client library, as the CLI would: two people held at a sample
 * facility (one now, incommunicado, transferred from another; one before, transferred on to a
 * third), two incidents there, a monitoring report and a finding with its follow-up.
 */
const seed = async (vaultId: VaultId): Promise<Seeded> => {
  const client = await nodeClient(server.url, { email, password });
  const placed = (await client.facilities.list()).filter((f) => f.coordinates !== null);
  const regions = [...new Set(placed.map((f) => f.region))];
  // Three facilities in three regions, so the transfer lines are long enough to see.
  const [here, from, to] = regions
    .slice(0, 3)
    .map((r) => placed.find((f) => f.region === r) as Facility);
  if (here === undefined || from === undefined || to === undefined) {
    throw new Error('the starter sample has fewer than three placed facilities');
  }
  const create = async <K extends Parameters<typeof client.records.create>[1]>(
    kind: K,
    data: Record<string, unknown>,
  ): Promise<string> => (await client.records.create(vaultId, kind, data as RecordData<K>)).id;

  const held = await create('person', { names: [heldName], status: 'detained' });
  const released = await create('person', { names: [releasedName], status: 'at-liberty' });
  await create('detention', {
    person: held,
    facility: from.id,
    transferTo: here.id,
    period: { precision: 'range', from: day('2025-01-10'), to: day('2025-03-01') },
  });
  await create('detention', {
    person: held,
    facility: here.id,
    transferFrom: from.id,
    period: { precision: 'range', from: day(daysAgo(10)) },
    whereabouts: '010200000000',
  });
  await create('detention', {
    person: released,
    facility: here.id,
    transferTo: to.id,
    period: { precision: 'range', from: day('2024-11-01'), to: day('2025-06-30') },
  });
  for (const date of ['2025-02-11', '2025-05-20']) {
    await create('incident', {
      victim: held,
      facility: here.id,
      actType: '020111110000',
      date: day(date),
      methods: ['031800000000', '030101000000'],
    });
  }
  const report = await create('monitoring-report', {
    facility: here.id,
    methods: ['lawyer-visit'],
    period: { precision: 'range', from: day('2025-01-01'), to: day('2025-03-31') },
    cellArea: 20,
    peopleInCell: 10,
    lawyerAccess: 'denied',
  });
  await create('monitoring-finding', {
    report,
    facility: here.id,
    heading: 'conditions.space',
    kind: 'recommendation',
    followUp: 'no-response',
    followUpDate: day('2025-09-01'),
    text: 'Ten men in twenty square metres',
  });
  return { vaultId, here, from, to, held };
};

const nameOf = (f: Facility): string => facilityName(f.names, 'en');

/** Opens an address (a fresh load locks the keys: unlock, and the app returns to it). */
const open = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-password').press('Enter');
  await page.waitForURL((url) => url.pathname === path.split('?')[0], { timeout: 60_000 });
};

/** The fill of a facility's point on the map. */
const pointFill = (page: Page, id: string): Promise<string | null> =>
  page.locator(`[data-testid="facility-point"][data-id="${id}"]`).getAttribute('fill');

describe('a vault’s view of places of detention in the browser', () => {
  it('shows a facility’s indicators, incidents, report, finding, people and transfers, colours the map and lists an incommunicado person by name', async () => {
    const context = await browser.newContext();
    const requested: string[] = [];
    context.on('request', (req) => requested.push(req.url()));
    const page = await context.newPage();
    const vaultId = await signUpWithVault(page, server.url, { email, password }, 'Monitoring');
    const s = await seed(vaultId);

    // The facility page: the register's profile, then the vault's sections.
    await open(page, `/facilities/${s.here.id}`);
    await page.getByTestId('facility-monitoring').waitFor({ timeout: 60_000 });
    const charts = page.getByTestId('indicator-charts');
    await charts.waitFor({ timeout: 30_000 });
    // Cell space per person, from the report: 20 m² for 10 people.
    const space = charts.locator('[data-indicator="space-per-person"]');
    await expect(space.innerText()).resolves.toContain('2 m²');
    await expect(space.innerText()).resolves.toContain('How it is computed');
    await expect(charts.locator('[data-indicator="incidents"]').count()).resolves.toBe(1);

    // A value opens the records it was computed from.
    await space.getByTestId('indicator-point').first().click();
    const behind = page.getByTestId('records-behind');
    await behind.waitFor();
    await expect(behind.getByTestId('related-link').first().innerText()).resolves.toContain(
      "Lawyer's visit",
    );

    // Incidents by method, labelled from the HURIDOCS vocabulary.
    await expect(page.getByTestId('incidents-total').innerText()).resolves.toContain('2 incidents');
    await expect(page.getByTestId('method-bar').count()).resolves.toBe(2);
    await expect(
      page.getByTestId('incidents-by-method').getByText('Isolation', { exact: true }).count(),
    ).resolves.toBe(1);

    // The report and its finding with the follow-up.
    await expect(page.getByTestId('monitoring-report').count()).resolves.toBe(1);
    await expect(page.getByTestId('monitoring-report').innerText()).resolves.toContain(
      "Lawyer's visit",
    );
    const finding = page.getByTestId('monitoring-finding');
    await expect(finding.innerText()).resolves.toContain('Recommendation');
    await expect(finding.getByTestId('follow-up').innerText()).resolves.toBe('No response');
    await expect(page.getByTestId('monitoring-findings').innerText()).resolves.toContain(
      'Conditions',
    );

    // People held here, their names opened in the browser, and where they came from or went.
    const now = page.getByTestId('people-now');
    await expect
      .poll(() => now.getByTestId('person-name').first().innerText(), { timeout: 30_000 })
      .toBe(heldName);
    await expect(now.getByTestId('transfer-from').innerText()).resolves.toBe(nameOf(s.from));
    const before = page.getByTestId('people-before');
    await expect
      .poll(() => before.getByTestId('person-name').first().innerText(), { timeout: 30_000 })
      .toBe(releasedName);

    // Transfers drawn as lines from and to the other facilities.
    const map = page.getByTestId('flow-map');
    await map.waitFor({ timeout: 60_000 });
    const lines = map.getByTestId('flow-line');
    await expect.poll(() => lines.count(), { timeout: 30_000 }).toBe(2);
    await expect(
      map.locator(`[data-testid="flow-line"][data-from="${s.from.id}"]`).count(),
    ).resolves.toBe(1);
    await expect(
      map.locator(`[data-testid="flow-line"][data-to="${s.to.id}"]`).count(),
    ).resolves.toBe(1);

    // The person's own page: their path through the two facilities, with the facility named.
    await now.getByTestId('person-name').first().click();
    const path = page.getByTestId('person-path');
    await path.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => path.getByTestId('person-path-stops').locator('li').count(), { timeout: 30_000 })
      .toBe(2);
    await expect(path.getByTestId('person-path-stops').innerText()).resolves.toContain(
      nameOf(s.here),
    );
    await expect.poll(() => path.getByTestId('flow-line').count(), { timeout: 30_000 }).toBe(1);

    // The detention's own page names its facilities from the register instead of showing ids.
    await path
      .getByTestId('person-path-stops')
      .locator('li')
      .nth(1)
      .getByRole('link')
      .nth(1)
      .click();
    const fields = page.getByTestId('record-fields');
    await fields.waitFor({ timeout: 30_000 });
    await expect.poll(() => fields.innerText(), { timeout: 30_000 }).toContain(nameOf(s.here));
    await expect(fields.innerText()).resolves.toContain(nameOf(s.from));
    await expect(fields.innerText()).resolves.not.toContain(s.here.id);

    // The map coloured by the vault's incidents: this facility has a colour, others "No data".
    await open(page, '/facilities/map?colour=incidents');
    await page.getByTestId('facility-map').waitFor({ timeout: 60_000 });
    const legend = page.getByTestId('map-legend');
    await expect
      .poll(() => legend.innerText(), { timeout: 30_000 })
      .toContain('Incidents recorded');
    await expect(legend.innerText()).resolves.toContain('No data');
    const grey = await pointFill(page, s.from.id);
    expect(await pointFill(page, s.here.id)).not.toBe(grey);

    // The alerts: the badge counts them, the page names the person held incommunicado.
    const badge = page.getByTestId('nav-alerts-count');
    await expect.poll(() => badge.innerText(), { timeout: 30_000 }).toMatch(/^[1-9]/);
    await page.getByTestId('nav-alerts').click();
    const incommunicado = page.getByTestId('alerts-incommunicado');
    await incommunicado.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => incommunicado.getByTestId('alert-person').first().innerText(), {
        timeout: 30_000,
      })
      .toBe(heldName);
    await expect(incommunicado.innerText()).resolves.toContain('10 days');
    await expect(incommunicado.innerText()).resolves.toContain(nameOf(s.here));

    // A record form picks the facility from the register by typing its name.
    await open(page, `/vaults/${vaultId}/records/new/monitoring-report`);
    const picker = page.getByTestId('facility-facility');
    await picker.waitFor({ timeout: 30_000 });
    await picker.locator('input').fill(nameOf(s.here));
    await picker.locator('[role="option"]').first().waitFor();
    await picker.locator('input').press('Enter');
    await expect(picker.getByTestId('picker-chip').innerText()).resolves.toContain(nameOf(s.here));

    // Nothing was asked of any other host; no name went into an address.
    const origin = new URL(server.url).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual(
      [],
    );
    expect(requested.filter((url) => url.includes('Sokolov') || url.includes('Markova'))).toEqual(
      [],
    );
  });
});
