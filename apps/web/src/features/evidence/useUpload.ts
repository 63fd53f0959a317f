import type { EvidenceProgress } from '@vigil/client';
import { extractMetadata, METADATA_HEAD_BYTES } from '@vigil/client';
import {
  evidenceKindOf,
  type EvidenceKind,
  type ExtractedMetadata,
  type VaultId,
} from '@vigil/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../app/session';
import { blobRange, blobSource } from './model';
import { evidenceKeys } from './queries';

/** Where an upload stands; the form shows one state at a time. */
export type UploadState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly file: File }
  | { readonly step: 'ready'; readonly file: File; readonly metadata: ExtractedMetadata }
  | {
      readonly step: 'uploading';
      readonly file: File;
      readonly progress: EvidenceProgress | null;
    }
  | { readonly step: 'done' }
  | { readonly step: 'cancelled'; readonly resume: Resumable | null }
  | {
      readonly step: 'failed';
      readonly file: File;
      readonly error: unknown;
      readonly resume: Resumable | null;
    };

/** An upload the server has started: sent again with the same file, only missing parts travel. */
export interface Resumable {
  readonly id: string;
  readonly file: File;
  readonly metadata: ExtractedMetadata;
  readonly note: string;
}

/**
 * The upload of one file to a record: metadata read on this device first (the kind preselected
 * from the sniffed type), then encrypted and sent with progress, cancellable.
 */
export function useUpload(vaultId: VaultId, recordId: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const [kind, setKind] = useState<EvidenceKind>('document');
  const abort = useRef<AbortController | null>(null);

  // Leaving the page stops an upload in flight rather than letting it run unseen.
  useEffect(() => () => abort.current?.abort(), []);

  const choose = useCallback(async (file: File) => {
    setState({ step: 'reading', file });
    try {
      const bytes = new Uint8Array(await file.slice(0, METADATA_HEAD_BYTES).arrayBuffer());
      const metadata = await extractMetadata({
        bytes,
        size: file.size,
        fileName: file.name,
        ...(file.type === '' ? {} : { mediaType: file.type }),
        readRange: blobRange(file),
      });
      setKind(evidenceKindOf(metadata.mediaType));
      setState({ step: 'ready', file, metadata });
    } catch (error) {
      // The file could not be read (moved, deleted, or denied by the system since it was chosen).
      setState({ step: 'failed', file, error, resume: null });
    }
  }, []);

  const upload = useCallback(
    async (file: File, metadata: ExtractedMetadata, note: string, resume?: string) => {
      const controller = new AbortController();
      abort.current = controller;
      let started: string | null = resume ?? null;
      setState({ step: 'uploading', file, progress: null });
      try {
        await client.evidence.add(
          vaultId,
          blobSource(file),
          {
            kind,
            fileName: file.name,
            // The type read from the bytes, not the name's: it decides how the file is previewed.
            mediaType: metadata.mediaType,
            metadata,
            links: [recordId],
            ...(note.trim() === '' ? {} : { note: note.trim() }),
          },
          {
            signal: controller.signal,
            onProgress: (progress) => setState({ step: 'uploading', file, progress }),
            onStarted: (id) => {
              started = id;
            },
            ...(resume === undefined ? {} : { resume }),
          },
        );
        setState({ step: 'done' });
      } catch (error) {
        const again = started === null ? null : { id: started, file, metadata, note };
        setState(
          controller.signal.aborted
            ? { step: 'cancelled', resume: again }
            : { step: 'failed', file, error, resume: again },
        );
      } finally {
        abort.current = null;
        await queryClient.invalidateQueries({ queryKey: evidenceKeys.linked(vaultId, recordId) });
      }
    },
    [client, kind, queryClient, recordId, vaultId],
  );

  const resume = useCallback((r: Resumable) => upload(r.file, r.metadata, r.note, r.id), [upload]);
  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => setState({ step: 'idle' }), []);

  return { state, kind, setKind, choose, upload, resume, cancel, reset };
}
