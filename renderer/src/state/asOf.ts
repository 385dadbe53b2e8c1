// The app-wide "as of" date: while set, every view shows the store as it was known on that day
// (figures from releases published on or before it, the newest of those; later releases and
// revisions unseen). It is added to the inputs of the read channels that take it in one place —
// useBridgeQuery and the series hook call withAsOf — not in each view. Kept in memory only: a
// restarted app opens on today's store.
import type { Channel, In } from '@shared/contract/index.js';
import { createStore, useStore } from './createStore.js';

/** An ISO day (YYYY-MM-DD), or null for today's store. */
export const asOfStore = createStore<string | null>(null);

export const useAsOf = (): string | null => useStore(asOfStore);

/** Channels whose input has an `asOf`. */
type DatedChannel = { [C in Channel]: 'asOf' extends keyof In<C> ? C : never }[Channel];

/** Every channel that takes `asOf` (a test checks this against the contract). */
export const DATED_CHANNELS: ReadonlySet<Channel> = new Set<DatedChannel>([
  'catalog:list',
  'figures:series',
  'figures:points',
  'figures:get',
  'figures:ranking',
  'figures:transformed',
  'figures:history',
  'figures:revisions',
  'latest:summary',
  'releases:list',
  'releases:changes',
  'analysis:checks',
  'analysis:series-findings',
  'analysis:checks-overview',
  'analysis:checks-page',
  'analysis:contributions',
  'analysis:contribution-periods',
]);

/** A day the date input gave ("2024-03-05"), or null for an empty or unfinished one. */
export function readAsOf(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? m[0] : null;
}

/** The input with the as-of date added, for a channel that takes one and an input that names none. */
export function withAsOf<C extends Channel>(channel: C, input: In<C>, asOf: string | null): In<C> {
  if (asOf === null || !DATED_CHANNELS.has(channel)) return input;
  if ((input as { asOf?: unknown }).asOf !== undefined) return input;
  return { ...(input as object), asOf } as In<C>;
}
