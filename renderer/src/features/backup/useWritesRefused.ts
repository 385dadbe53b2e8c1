// Why the store takes no write now, in the window's language, or null when it does. A store open
// read-only (damaged, or written by a newer app: core/backup/read-only.ts refuses its writes) has
// the controls that would write to it disabled, each saying this reason.
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { useStrings } from '../../i18n/useLang.js';
import { BACKUP_STRINGS } from './strings.js';

export function useWritesRefused(): string | null {
  const s = useStrings(BACKUP_STRINGS);
  const { data: status } = useBridgeQuery('backup:status', {}, { undated: true });
  if (!status?.readOnly) return null;
  return status.state === 'newer' ? s.writesRefusedNewer : s.writesRefusedDamaged;
}
