import type { VaultId } from '@vigil/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { useClient } from '../../app/session';
import { packageFileName } from './model';
import { evidenceKeys } from './queries';
import { openPackageTarget, type PackageTarget } from './saving';

/** Where the making of a package stands; the dialog shows one state at a time. */
export type PackageState =
  | { readonly step: 'idle' }
  | {
      readonly step: 'running';
      readonly done: number;
      readonly total: number;
      /** Cancel was pressed: the library stops at its next piece or item. */
      readonly stopping: boolean;
    }
  | { readonly step: 'done'; readonly count: number; readonly encrypted: boolean }
  | { readonly step: 'cancelled' }
  | { readonly step: 'failed'; readonly error: unknown };

/**
 * Makes an evidence package of chosen items and saves it: an `export` custody event signed per
 * item by the library, the ZIP streamed into the save target, kept only once whole.
 */
export function usePackage(vaultId: VaultId) {
  const t = useT();
  const client = useClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<PackageState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);

  // Leaving the page stops a package in flight rather than letting it run unseen.
  useEffect(() => () => abort.current?.abort(), []);

  /** Resolves true once the package is saved. */
  const start = useCallback(
    async (ids: readonly string[], encrypted: boolean): Promise<boolean> => {
      // One package at a time: a second click while the save dialog is open starts nothing.
      if (abort.current !== null) return false;
      const controller = new AbortController();
      abort.current = controller;
      // The save dialog first, straight from the click: closing it signs nothing.
      let target: PackageTarget | null;
      try {
        target = await openPackageTarget(
          packageFileName(new Date()),
          t('evidence.package.fileType'),
        );
      } catch (error) {
        // The chosen file could not be opened for writing (permission refused, disk full).
        abort.current = null;
        setState({ step: 'failed', error });
        return false;
      }
      if (target === null || controller.signal.aborted) {
        await target?.discard();
        abort.current = null;
        return false;
      }
      setState({ step: 'running', done: 0, total: ids.length, stopping: false });
      try {
        await client.evidence.package(vaultId, ids, (chunk) => target.write(chunk), {
          encrypted,
          signal: controller.signal,
          onProgress: ({ done, total }) =>
            setState({ step: 'running', done, total, stopping: controller.signal.aborted }),
        });
        await target.commit();
        setState({ step: 'done', count: ids.length, encrypted });
        return true;
      } catch (error) {
        await target.discard();
        setState(controller.signal.aborted ? { step: 'cancelled' } : { step: 'failed', error });
        return false;
      } finally {
        abort.current = null;
        // Each item reached has an export in its custody now: a timeline shown must say so.
        await Promise.all(
          ids.map((id) =>
            queryClient.invalidateQueries({ queryKey: evidenceKeys.custody(vaultId, id) }),
          ),
        );
      }
    },
    [client, queryClient, t, vaultId],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState((s) => (s.step === 'running' ? { ...s, stopping: true } : s));
  }, []);
  const reset = useCallback(() => setState({ step: 'idle' }), []);

  return { state, start, cancel, reset };
}
