// The bridge contract: every channel of every domain, each declared once in its domain's module
// with its input and output schema, merged here into the one map that main, the web host, the
// CLI and the renderer go through. Inputs arrive as `unknown` and are parsed with these schemas.
import type { z } from 'zod';
import { analysisChannels } from './analysis.js';
import { appChannels } from './app.js';
import { backupChannels } from './backup.js';
import { catalogChannels } from './catalog.js';
import { contributionsChannels } from './contributions.js';
import type { ChannelSpec } from './define.js';
import type { Result } from './envelope.js';
import { figuresChannels } from './figures.js';
import { exportChannels } from './export.js';
import { importChannels, importEvents } from './import.js';
import { notesChannels } from './notes.js';
import { preferencesChannels } from './preferences.js';
import { referenceChannels } from './reference.js';
import { releaseChangesChannels } from './release-changes.js';
import { releasesChannels } from './releases.js';
import { shellEvents } from './shell.js';

/** The domains' channel maps, merged below. */
const DOMAINS = [
  appChannels,
  catalogChannels,
  figuresChannels,
  releasesChannels,
  releaseChangesChannels,
  referenceChannels,
  importChannels,
  notesChannels,
  exportChannels,
  analysisChannels,
  contributionsChannels,
  backupChannels,
  preferencesChannels,
] as const;

type Merged<T extends readonly object[]> = T extends readonly [infer First, ...infer Rest extends readonly object[]] ? First & Merged<Rest> : unknown;

/** The maps merged into one; a name in two of them is a mistake, refused at once. */
export function mergeChannelMaps<T extends readonly object[]>(maps: T, what: string): Merged<T> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, value] of Object.entries(map)) {
      if (name in merged) throw new Error(`${what} '${name}' is declared twice`);
      merged[name] = value;
    }
  }
  return merged as Merged<T>;
}

export const contract = mergeChannelMaps(DOMAINS, 'channel');
export type Contract = typeof contract;
export type Channel = keyof Contract & string;

/** What a caller sends, what a handler receives once parsed, and what it answers. */
export type In<C extends Channel> = Contract[C] extends ChannelSpec<infer I, z.ZodType> ? z.input<I> : never;
export type Parsed<C extends Channel> = Contract[C] extends ChannelSpec<infer I, z.ZodType> ? z.output<I> : never;
export type Out<C extends Channel> = Contract[C] extends ChannelSpec<z.ZodType, infer O> ? z.output<O> : never;

export const CHANNELS = Object.keys(contract) as Channel[];
export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name);

// ---- events main pushes -------------------------------------------------------------------

export const events = mergeChannelMaps([importEvents, shellEvents] as const, 'event');
export type EventName = keyof typeof events & string;
export type EventPayloads = { [E in EventName]: z.output<(typeof events)[E]> };
export type EmitEvent = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
export const isEventName = (name: unknown): name is EventName => typeof name === 'string' && Object.hasOwn(events, name);

/** The API the renderer sees, whether over Electron IPC or the web host. */
export interface BridgeApi {
  invoke<C extends Channel>(channel: C, input: In<C>): Promise<Result<Out<C>>>;
  /** Subscribes to an event main pushes; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
