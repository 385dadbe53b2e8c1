// Previews the user may abandon: each running preview that was given a request id can be cancelled
// by it (import:cancel). A cancelled preview stops between steps, its workbook worker or LibreOffice
// ended at once, and answers PreviewCancelledError; nothing was stored, so nothing is undone.
import { NotFoundError } from '../../errors.js';

export class PreviewCancelledError extends NotFoundError {
  constructor() {
    super('the preview was cancelled');
  }
}

export class RunningPreviews {
  private readonly running = new Map<string, AbortController>();

  /** A signal for the preview under this id (none without an id); end() it when the preview is over. */
  start(requestId: string | undefined): AbortSignal | undefined {
    if (requestId === undefined) return undefined;
    this.running.get(requestId)?.abort(new PreviewCancelledError());
    const controller = new AbortController();
    this.running.set(requestId, controller);
    return controller.signal;
  }

  end(requestId: string | undefined, signal: AbortSignal | undefined): void {
    if (requestId !== undefined && this.running.get(requestId)?.signal === signal) this.running.delete(requestId);
  }

  /** Whether a preview under this id was running (it stops now). */
  cancel(requestId: string): boolean {
    const controller = this.running.get(requestId);
    if (!controller) return false;
    this.running.delete(requestId);
    controller.abort(new PreviewCancelledError());
    return true;
  }
}
