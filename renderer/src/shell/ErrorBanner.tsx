// A visible, dismissible banner for the last error from the bridge.
import { useStrings } from '../i18n/useLang.js';
import type { ShownError } from '../state/errors.js';
import { SHELL_STRINGS } from './strings.js';

export function ErrorBanner({ error, onDismiss }: { error: ShownError; onDismiss: () => void }) {
  const s = useStrings(SHELL_STRINGS);
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <p>
        {/* the store's own conditions (another writer holds its lock; it is damaged; a newer app wrote it) said in the window's language, the core's words kept as a tooltip */}
        <strong>{s.errorPrefix}:</strong>{' '}
        {error.code === 'busy' ? (
          s.storeBusy
        ) : error.code === 'store-damaged' ? (
          <span title={error.message}>{s.storeDamaged}</span>
        ) : error.code === 'forbidden' ? (
          <span title={error.message}>{s.storeReadOnly}</span>
        ) : (
          error.message
        )}
        {error.code && (
          <span className="error-banner__code">
            {' '}
            ({error.channel ? `${error.channel}, ` : ''}
            {error.code})
          </span>
        )}
      </p>
      <button type="button" onClick={onDismiss}>
        {s.dismiss}
      </button>
    </div>
  );
}
