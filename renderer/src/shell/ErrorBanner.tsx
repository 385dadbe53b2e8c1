// A visible, dismissible banner for the last error from the bridge.
import { useStrings } from '../i18n/useLang.js';
import type { ShownError } from '../state/errors.js';
import { SHELL_STRINGS } from './strings.js';

export function ErrorBanner({ error, onDismiss }: { error: ShownError; onDismiss: () => void }) {
  const s = useStrings(SHELL_STRINGS);
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <p>
        {/* busy: another process holds the store's write lock; said in the window's language */}
        <strong>{s.errorPrefix}:</strong> {error.code === 'busy' ? s.storeBusy : error.message}
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
