// A stand-in server for remote-pool.test.ts: opens the engine process on the given directory,
// commits one row, says it is ready and waits to be killed.
import { openDatabase } from '../../open';

const dbDir = process.argv[2];
if (dbDir === undefined) throw new Error('usage: open-and-wait <data dir>');
const db = await openDatabase({ dataDir: dbDir.replace(/\/db$/, ''), ownProcess: true });
await db.kysely
  .insertInto('instance_settings')
  .values({ key: 'written before the kill', value: '1' })
  .execute();
process.stdout.write('ready\n');
setInterval(() => undefined, 1000);
