import type { VaultId } from '@vigil/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useClient } from '../../app/session';
import { evidenceKeys } from './queries';
import { saveBlob } from './saving';

/** A decrypted file held in memory for the page, behind a blob: address. */
export type PreviewState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly url: string }
  | { readonly status: 'failed'; readonly error: unknown };

/** Decrypts a file into memory as `mediaType`, read in pieces, and joins them into one Blob. */
const readAll = async (
  download: (sink: (chunk: Uint8Array) => void) => Promise<unknown>,
  mediaType: string,
): Promise<Blob> => {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  // The library may reuse its buffers; each piece is copied before the next one is read.
  await download((chunk) => {
    chunks.push(new Uint8Array(chunk));
  });
  return new Blob(chunks, { type: mediaType });
};

/**
 * Opens an item for viewing: signs a `view` custody event, decrypts the file into memory and gives
 * a blob: address for it. The address is revoked (and the memory freed) when the preview closes.
 */
export function usePreview(
  vaultId: VaultId,
  id: string,
  mediaType: string,
  enabled: boolean,
): PreviewState | null {
  const client = useClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<PreviewState | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let url: string | null = null;
    setState({ status: 'loading' });
    readAll(
      (sink) =>
        client.evidence.download(vaultId, id, sink, {
          action: 'view',
          signal: controller.signal,
        }),
      mediaType,
    )
      .then((blob) => {
        if (controller.signal.aborted) return;
        url = URL.createObjectURL(blob);
        setState({ status: 'ready', url });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', error });
      })
      // The view is now in the chain of custody: the timeline shows it.
      .finally(() =>
        queryClient.invalidateQueries({ queryKey: evidenceKeys.custody(vaultId, id) }),
      );
    return () => {
      controller.abort();
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [client, enabled, id, mediaType, queryClient, vaultId]);
  return state;
}

/** Downloads an item (signing a `download` event) and hands it to the browser to save. */
export const saveEvidence = async (
  download: (sink: (chunk: Uint8Array) => void) => Promise<unknown>,
  mediaType: string,
  fileName: string,
): Promise<void> => {
  saveBlob(await readAll(download, mediaType), fileName);
};
