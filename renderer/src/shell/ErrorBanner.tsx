// A visible, dismissible banner for the last error from the bridge.
import type { Lang } from '@shared/lang.js';
import { sayImportProblem } from '@shared/messages/import.js';
import { cappedMessage } from '@shared/messages/said.js';
import { useLang, useStrings } from '../i18n/useLang.js';
import type { ShownError } from '../state/errors.js';
import { SHELL_STRINGS } from './strings.js';

export function ErrorBanner({ error, onDismiss }: { error: ShownError; onDismiss: () => void }) {
  const s = useStrings(SHELL_STRINGS);
  const lang = useLang();
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
        ) : error.said ? (
          saidText(error, lang)
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

/** An error main said as a catalogue message, in the window's language: "file (place): message", cut as the English is. */
function saidText(error: ShownError, lang: Lang): string {
  const said = error.said!;
  const { place, message } = sayImportProblem({ message: error.message, code: said.code, params: said.params, where: said.where }, lang);
  if (message === error.message || !said.file) return message;
  return cappedMessage(`${said.file}${place ? ` (${place})` : ''}: ${message}`);
}
