import { describe, expect, it } from 'vitest';
import { LinkageWorkerClient, type WorkerLike } from './client';
import type { LinkageOutput, WorkerRequest, WorkerResponse } from './protocol';

const output: LinkageOutput = {
  ids: ['a', 'b'],
  clusterOf: Int32Array.from([1, 1]),
  confidence: Float64Array.from([0.9, 0.9]),
  queue: [],
  threshold: 0.5,
  warnings: [],
  stats: { candidatePairs: 1, pairsAboveThreshold: 1 },
};

/** A worker that records what it is sent and answers when told to. */
class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: WorkerResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  }
}

const setup = () => {
  const made: FakeWorker[] = [];
  const client = new LinkageWorkerClient(() => {
    const w = new FakeWorker();
    made.push(w);
    return w;
  });
  return { client, made };
};

const input = { people: [], labels: [], decided: [] };

describe('the linkage worker client', () => {
  it('reports progress by stage and resolves with the output', async () => {
    const { client, made } = setup();
    const progress: string[] = [];
    const done = client.run(input, (p) => progress.push(`${p.stage} ${p.done}/${p.total}`));
    made[0]?.answer({ type: 'progress', stage: 'score', done: 5, total: 10 });
    made[0]?.answer({ type: 'done', output });
    await expect(done).resolves.toBe(output);
    expect(progress).toEqual(['score 5/10']);
    expect(made[0]?.sent[0]?.type).toBe('run');
  });

  it('cancels a run by terminating its worker, and makes a new one for the next run', async () => {
    const { client, made } = setup();
    const first = client.run(input, () => undefined);
    client.cancel();
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    expect(made[0]?.terminated).toBe(true);
    const second = client.run(input, () => undefined);
    expect(made).toHaveLength(2);
    made[1]?.answer({ type: 'done', output });
    await expect(second).resolves.toBe(output);
  });

  it('rejects with the engine’s code when the run fails', async () => {
    const { client, made } = setup();
    const run = client.run(input, () => undefined);
    made[0]?.answer({ type: 'failed', code: 'nothing_to_compare', message: 'no names' });
    await expect(run).rejects.toMatchObject({ code: 'nothing_to_compare' });
  });

  it('explains pairs only after a finished run, matching answers to requests', async () => {
    const { client, made } = setup();
    await expect(client.explain('a', 'b')).resolves.toBeNull();
    const run = client.run(input, () => undefined);
    made[0]?.answer({ type: 'done', output });
    await run;
    const first = client.explain('a', 'b');
    const second = client.explain('b', 'c');
    const [r1, r2] = made[0]?.sent.slice(1) ?? [];
    if (r1?.type !== 'explain' || r2?.type !== 'explain') throw new Error('no explain request');
    made[0]?.answer({ type: 'explained', requestId: r2.requestId, explanation: null });
    const explanation = { matchProbability: 0.7 } as never;
    made[0]?.answer({ type: 'explained', requestId: r1.requestId, explanation });
    await expect(first).resolves.toBe(explanation);
    await expect(second).resolves.toBeNull();
  });
});
