// Registers what a mounted feature can do, for as long as it is mounted: an app action
// (useAction('export-chart', …)) or a command the palette offers (useCommands([...])).
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AppAction } from '@shared/app-actions.js';
import { actions, type ActionHandler, type Unavailable } from './registry.js';

/** Runs `run` for the action while the caller is mounted; `unavailable` says why it cannot now. */
export function useAction(id: AppAction, run: () => void, unavailable?: Unavailable): void {
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  useEffect(() => actions.register(id, { run: () => latest.current(), unavailable }), [id, unavailable]);
}

export interface Command extends ActionHandler {
  id: string;
}

/** Registers the palette's commands while the caller is mounted; keyed by their ids, labels and availability. */
export function useCommands(commands: Command[]): void {
  const latest = useRef(commands);
  useLayoutEffect(() => {
    latest.current = commands;
  });
  const key = JSON.stringify(commands.map((c) => [c.id, c.label, c.hint, c.kind, c.unavailable ?? null]));
  useEffect(() => {
    const undo = latest.current.map(({ id, ...handler }) => actions.register(id, { ...handler, run: () => latest.current.find((c) => c.id === id)?.run() }));
    return () => undo.forEach((u) => u());
  }, [key]);
}
