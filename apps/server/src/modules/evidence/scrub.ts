import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { scrubObjects, type ScrubReport } from '../../platform/storage';
import { allStoredParts } from './repository';
import { partKey } from './use-cases';

/**
 * Re-reads every stored part of every item and checks its size and ciphertext SHA-256 against
 * what was recorded when it arrived. The report names parts by their keys (ids only).
 */
export const scrubEvidence = async (deps: AppDeps): Promise<ScrubReport> => {
  async function* expected() {
    for await (const p of allStoredParts(deps.db.kysely)) {
      yield {
        key: partKey(p.vault_id, p.evidence_id, p.part_index),
        size: p.size,
        sha256: p.sha256,
      };
    }
  }
  return scrubObjects(deps.objects, expected());
};

/**
 * Runs the scrub every `scrubIntervalHours` while the server runs, one at a time, and logs what it
 * found: counts at info, and each missing, damaged or unreadable part's key at error.
 */
export const scheduleScrub = (app: FastifyInstance, deps: AppDeps): void => {
  const hours = deps.config.scrubIntervalHours;
  if (hours === 0) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const report = await scrubEvidence(deps);
      app.log.info(
        {
          event: 'scrub',
          checked: report.checked,
          missing: report.missing.length,
          damaged: report.damaged.length,
          unreadable: report.unreadable.length,
        },
        'stored evidence checked',
      );
      for (const problem of ['missing', 'damaged', 'unreadable'] as const) {
        for (const objectKey of report[problem]) {
          app.log.error(
            { event: 'scrub', problem, objectKey },
            'stored evidence part is not sound',
          );
        }
      }
    } catch (error) {
      app.log.error({ event: 'scrub', err: error }, 'scrub failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), hours * 3600 * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
};
