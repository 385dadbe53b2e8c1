// Sending files to main for an import: each is staged in chunks (import:stage-begin, -chunk, -end),
// a chunk read from the File, encoded and answered before the next is read, so the window holds one
// chunk at a time and keeps responding however large the file. Main then reads the staged copy.
import { MAX_STAGED_BYTES } from '@shared/contract/import.js';
import { invoke } from '../../bridge/bridge.js';
import { bytesToBase64 } from './base64.js';

/** Bytes per chunk: a few MiB, within main's MAX_STAGE_CHUNK_BYTES. */
export const STAGE_CHUNK_BYTES = 4 * 2 ** 20;
/** Files larger than this are refused before anything is sent (main's cap on staged files). */
export const MAX_FILE_BYTES = MAX_STAGED_BYTES;

export class FileTooLargeError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is larger than ${MAX_FILE_BYTES / 2 ** 20} MB`);
    this.name = 'FileTooLargeError';
  }
}

export type StageableFile = Pick<File, 'name' | 'size' | 'slice'>;

/**
 * Stages one file; `onSent` gets the bytes of it sent so far. Returns its staged id, or null when
 * `stopped()` turned true meanwhile (the staged part is then discarded, as after a failure).
 */
export async function stageFile(file: StageableFile, onSent: (bytes: number) => void, stopped: () => boolean = () => false): Promise<string | null> {
  if (file.size > MAX_FILE_BYTES) throw new FileTooLargeError(file.name);
  const { stagedId } = await invoke('import:stage-begin', { fileName: file.name, size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += STAGE_CHUNK_BYTES) {
      if (stopped()) {
        discardStaged([stagedId]);
        return null;
      }
      const bytes = new Uint8Array(await file.slice(offset, offset + STAGE_CHUNK_BYTES).arrayBuffer());
      await invoke('import:stage-chunk', { stagedId, offset, dataBase64: await bytesToBase64(bytes) });
      onSent(offset + bytes.length);
    }
    await invoke('import:stage-end', { stagedId });
  } catch (err) {
    discardStaged([stagedId]);
    throw err;
  }
  return stagedId;
}

/** Tells main to drop staged files the window no longer needs; a failure here changes nothing shown. */
export function discardStaged(stagedIds: string[]): void {
  if (stagedIds.length > 0) void invoke('import:stage-discard', { stagedIds }).catch(() => undefined);
}
