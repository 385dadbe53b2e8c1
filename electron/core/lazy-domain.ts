// A domain whose modules load on its first call, not at start. The import room (a reader for each
// format, the pipeline) is the largest part of what the core loads, and a window opens and draws
// its first chart without it.
import type { Contract } from '../shared/contract/index.js';
import type { CallContext, DomainHandlers, HandlersOf } from './context.js';

type AnyHandler = (input: unknown, call: CallContext) => Promise<unknown>;

/** The handlers of `channels`, each loading the domain with `load` on first use; close() closes it if it was loaded. */
export function lazyDomain<Channels extends Partial<Contract>>(channels: Channels, load: () => Promise<DomainHandlers<Channels>>): DomainHandlers<Channels> {
  let loaded: DomainHandlers<Channels> | null = null;
  let loading: Promise<DomainHandlers<Channels>> | null = null;
  let closed = false;
  const domain = (): Promise<DomainHandlers<Channels>> =>
    (loading ??= load().then((d) => {
      loaded = d;
      if (closed) d.close?.();
      return d;
    }));
  const forward =
    (channel: string): AnyHandler =>
    async (input, call) =>
      ((await domain()).handlers as Record<string, AnyHandler>)[channel]!(input, call);
  return {
    handlers: Object.fromEntries(Object.keys(channels).map((channel) => [channel, forward(channel)])) as HandlersOf<Channels>,
    close: () => {
      closed = true;
      loaded?.close?.();
    },
  };
}
