// A visible, dismissible banner for the last error from the bridge.
import type { ShownError } from '../../errors.js';
import { STRINGS, type Lang } from '../../i18n.js';

export function ErrorBanner({ error, onDismiss, lang }: { error: ShownError; onDismiss: () => void; lang: Lang }) {
  const s = STRINGS[lang];
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <p>
        <strong>{s.errorPrefix}:</strong> {error.message}
        {error.code && <span className="error-banner__code"> ({error.channel ? `${error.channel}, ` : ''}{error.code})</span>}
      </p>
      <button type="button" onClick={onDismiss}>
        {s.dismiss}
      </button>
    </div>
  );
}
