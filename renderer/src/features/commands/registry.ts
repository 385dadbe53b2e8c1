// What the window can do right now, by id: the app's actions (menu, palette, shortcuts) and the
// commands the mounted views offer (a view, a transformation). Features register their own while
// mounted, so the registry never reaches into them; the last registered for an id runs. The shell
// registers fallbacks (open the tab where the action lives): a fallback that answers 'pending'
// leaves the action waiting, and it runs as soon as a feature registers it. Pure (no React, no DOM).

/** Why an action cannot run now, in the UI language; null or absent when it can. */
export type Unavailable = string | null | undefined;

export interface ActionHandler {
  /** 'pending': a fallback that opened the place where a feature will register the action. */
  run(): void | 'pending';
  unavailable?: Unavailable;
  /** A shell fallback, shadowed by any feature's handler. */
  fallback?: boolean;
  /** Commands other than the app's actions carry their words and kind, for the palette. */
  label?: string;
  kind?: 'view' | 'transform';
  /** Said as a hint beside the label (e.g. the transformation's full name). */
  hint?: string;
}

export type RunOutcome = { ran: true } | { ran: false; reason: string | null } | { ran: 'pending' };

/** How long an action waits for its feature to mount after its fallback opened it. */
const PENDING_MS = 10_000;

export interface ActionRegistry {
  register(id: string, handler: ActionHandler): () => void;
  /** The handler that would run (a feature's before a fallback). */
  handlerOf(id: string): ActionHandler | undefined;
  run(id: string): RunOutcome;
  /** Every id with a handler, in the order first registered. */
  ids(): string[];
  subscribe(listener: () => void): () => void;
  /** Changes whenever a handler is added or removed (for useSyncExternalStore). */
  version(): number;
}

export function createActionRegistry(now: () => number = Date.now): ActionRegistry {
  const handlers = new Map<string, ActionHandler[]>();
  const listeners = new Set<() => void>();
  let version = 0;
  let pending: { id: string; until: number } | null = null;
  const changed = () => {
    version++;
    for (const listener of [...listeners]) listener();
  };
  const handlerOf = (id: string): ActionHandler | undefined => {
    const stack = handlers.get(id) ?? [];
    return stack.findLast((h) => !h.fallback) ?? stack.at(-1);
  };
  return {
    register(id, handler) {
      const stack = handlers.get(id) ?? [];
      stack.push(handler);
      handlers.set(id, stack);
      changed();
      if (pending?.id === id && !handler.fallback) {
        const waited = pending;
        pending = null;
        if (now() <= waited.until && !handler.unavailable) handler.run();
      }
      return () => {
        const at = stack.indexOf(handler);
        if (at >= 0) stack.splice(at, 1);
        if (stack.length === 0) handlers.delete(id);
        changed();
      };
    },
    handlerOf,
    run(id) {
      pending = null;
      const handler = handlerOf(id);
      if (!handler) return { ran: false, reason: null };
      if (handler.unavailable) return { ran: false, reason: handler.unavailable };
      if (handler.run() === 'pending') {
        pending = { id, until: now() + PENDING_MS };
        return { ran: 'pending' };
      }
      return { ran: true };
    },
    ids: () => [...handlers.keys()],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}

/** The window's registry. */
export const actions: ActionRegistry = createActionRegistry();
