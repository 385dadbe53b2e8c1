// The preferences room: all of them read at once, any of them changed (each checked by the contract).
import type { preferencesChannels } from '../../shared/contract/preferences.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { getPreferences, setPreferences } from './repository.js';

export function preferencesHandlers({ db }: CoreContext): DomainHandlers<typeof preferencesChannels> {
  return {
    handlers: {
      'preferences:get': async () => getPreferences(db),
      'preferences:set': async (patch) => setPreferences(db, patch),
    },
  };
}
