import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditHeadsPath, fileAuditHeadStore } from './audit-heads';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'vigil-heads-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('the audit head store in VIGIL_HOME', () => {
  it('remembers the last verified head per chain across store instances, in a 0600 file', async () => {
    await fileAuditHeadStore(home).set('http://a|instance', { seq: 7, hash: 'ab'.repeat(32) });
    const again = fileAuditHeadStore(home);
    expect(await again.get('http://a|instance')).toEqual({ seq: 7, hash: 'ab'.repeat(32) });
    expect(await again.get('http://b|instance')).toBeUndefined();
    expect((await stat(auditHeadsPath(home))).mode & 0o777).toBe(0o600);
  });

  it('ignores a damaged file instead of failing verification', async () => {
    await writeFile(auditHeadsPath(home), '{"x": {"seq": "seven"}}');
    expect(await fileAuditHeadStore(home).get('x')).toBeUndefined();
  });
});
