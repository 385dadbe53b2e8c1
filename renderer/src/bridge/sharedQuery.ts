// Reads asked for again while the same read is on its way share its answer (views mounted together
// often ask the same: the latest release, a series' figures). Only while in flight: once answered,
// the next ask goes to the store again. For reads only (useBridgeQuery): a change must never be sent once for two.
import type { Channel, In, Out } from '@shared/contract/index.js';
import { invoke } from './bridge.js';

const inFlight = new Map<string, Promise<unknown>>();

/** invoke(channel, input), joined to an identical call still waiting; `version` is the store's data version (an ask after a change never joins one from before). */
export function sharedQuery<C extends Channel>(channel: C, input: In<C>, version: number): Promise<Out<C>> {
  const key = `${version}#${channel}#${JSON.stringify(input)}`;
  const waiting = inFlight.get(key);
  if (waiting) return waiting as Promise<Out<C>>;
  const asked = invoke(channel, input);
  inFlight.set(key, asked);
  const done = (): void => void inFlight.delete(key);
  asked.then(done, done);
  return asked;
}
