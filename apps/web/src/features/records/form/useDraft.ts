import type { RecordKind, VaultId } from '@vigil/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../../app/session';
import { isBlank, type FormValues } from './model';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 1000;

/** What a stored form draft holds (sealed by the client): the inputs as typed. */
export interface DraftContent {
  readonly values: FormValues;
  /** For edits: the record version the draft started from. */
  readonly baseVersion?: number;
}

export type DraftState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'saving' }
  | { readonly phase: 'saved'; readonly at: Date }
  | { readonly phase: 'failed' };

/**
 * Saves the form as an encrypted draft about a second after typing stops. `stop` (after the
 * record is saved) cancels what is pending and removes the draft, even if a save was in flight.
 */
export function useDraftAutosave(options: {
  readonly vaultId: VaultId;
  readonly kind: RecordKind;
  readonly draftId: string;
  readonly baseVersion?: number;
}) {
  const { vaultId, kind, draftId, baseVersion } = options;
  const client = useClient();
  const [state, setState] = useState<DraftState>({ phase: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopped = useRef(false);
  const pending = useRef<FormValues | null>(null);

  const saveNow = useCallback(
    async (values: FormValues) => {
      clearTimeout(timer.current);
      pending.current = null;
      if (stopped.current) return;
      // An untouched new form is not worth keeping.
      if (baseVersion === undefined && isBlank(kind, values)) return;
      setState({ phase: 'saving' });
      const content: DraftContent =
        baseVersion === undefined ? { values } : { values, baseVersion };
      try {
        const saved = await client.drafts.save(vaultId, kind, draftId, content);
        if (stopped.current) {
          await client.drafts.remove(vaultId, draftId);
          return;
        }
        setState({ phase: 'saved', at: new Date(saved.savedAt) });
      } catch {
        setState({ phase: 'failed' });
      }
    },
    [client, vaultId, kind, draftId, baseVersion],
  );

  const schedule = useCallback(
    (values: FormValues) => {
      clearTimeout(timer.current);
      pending.current = values;
      timer.current = setTimeout(() => void saveNow(values), AUTOSAVE_DELAY_MS);
    },
    [saveNow],
  );

  const stop = useCallback(async () => {
    stopped.current = true;
    clearTimeout(timer.current);
    await client.drafts.remove(vaultId, draftId);
  }, [client, vaultId, draftId]);

  // Leaving the page within the second after typing still keeps what was typed.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current !== null) void saveNow(pending.current);
    },
    [saveNow],
  );
  return { state, schedule, saveNow, stop };
}
