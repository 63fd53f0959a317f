// `npm run bench -- <name>`: runs one benchmark (or all) and prints its table.
// Each benchmark compares its results with a named anchor measured in the same run.
import { runAuthBench } from './auth';
import { runEstimationBench } from './estimation';
import { runEvidenceBench } from './evidence';
import { runFacilitiesBench } from './facilities';
import { runLinkageBench } from './linkage';
import { runRecordsSearchBench } from './records-search';
import { runRecordsImportBench } from './records-import';
import { runRiskIndexBench } from './risk-index';
import { runStatisticsBench } from './statistics';

const benches: Record<string, () => Promise<void>> = {
  auth: runAuthBench,
  // Issue 3's three goals: import of 100,000 incidents, then list and name lookup over 1,000,000.
  records: async () => {
    await runRecordsImportBench();
    await runRecordsSearchBench();
  },
  'records-import': runRecordsImportBench,
  'records-search': runRecordsSearchBench,
  // Issue 4: upload and download of a 1 GiB file against a plain copy, with peak memory.
  evidence: runEvidenceBench,
  // Issue 5: facility page data for a facility with 50,000 incidents, and map data for 1,000.
  facilities: runFacilitiesBench,
  // Issue 6: cross-tabulations over 1,000,000 incidents (PGlite, and PostgreSQL when configured).
  statistics: runStatisticsBench,
  // Issue 7: multiple systems estimation, LCMCR samples/s on Kosovo against the independence model.
  estimation: runEstimationBench,
  // Issue 7: record linkage accuracy on FEBRL and synthetic names; 1,000,000 records on 2 workers.
  linkage: runLinkageBench,
  // Issue 6: the risk index at region level with 1,000 Monte Carlo draws (2 s goal).
  'risk-index': runRiskIndexBench,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(benches);
for (const name of names) {
  const bench = benches[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  await bench();
}
