import { dispatch } from '../../electron/core/dispatch.js';
import { type Handlers } from '../../electron/core/context.js';
import type { Channel, EmitEvent, In, Out } from '../../electron/shared/contract/index.js';
import type { ImportProgress } from '../../electron/shared/contract/import.js';

/** One call through the handler table; throws with the bridge's message when it is refused. */
export async function call<C extends Channel>(handlers: Handlers, channel: C, input: In<C>): Promise<Out<C>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as Out<C>;
}

/** Stages a file through the handler table as the window does: begin, chunks in order, end. */
export async function stageBytes(handlers: Handlers, fileName: string, bytes: Buffer, chunkBytes = 4 * 2 ** 20): Promise<string> {
  const { stagedId } = await call(handlers, 'import:stage-begin', { fileName, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    await call(handlers, 'import:stage-chunk', { stagedId, offset, dataBase64: bytes.subarray(offset, offset + chunkBytes).toString('base64') });
  }
  await call(handlers, 'import:stage-end', { stagedId });
  return stagedId;
}

/** An `emit` for dispatch that hands each import:progress event to `push` (other events are ignored). */
export function onProgress(push: (progress: ImportProgress) => void): { emit: EmitEvent } {
  return { emit: (event, payload) => (event === 'import:progress' ? push(payload as ImportProgress) : undefined) };
}
