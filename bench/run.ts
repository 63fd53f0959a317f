// `npm run bench -- <name>`: runs one benchmark (or all) and prints its table.
// Each benchmark compares its results with a named anchor measured in the same run.
import { runAuthBench } from './auth';
import { runRecordsSearchBench } from './records-search';

const benches: Record<string, () => Promise<void>> = {
  auth: runAuthBench,
  // Folded into `records` by the lead.
  'records-search': runRecordsSearchBench,
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
