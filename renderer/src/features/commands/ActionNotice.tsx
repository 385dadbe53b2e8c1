// What the window says when an action cannot run now (and why), in a live region; gone after a while.
import { useEffect } from 'react';
import { useStrings } from '../../i18n/useLang.js';
import { useStore } from '../../state/createStore.js';
import { clearNotice, noticeStore } from '../../state/notice.js';
import { SHELL_STRINGS } from '../../shell/strings.js';

const SHOWN_MS = 8000;

export function ActionNotice() {
  const notice = useStore(noticeStore);
  const s = useStrings(SHELL_STRINGS);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(clearNotice, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);
  return (
    <div role="status" aria-live="polite" data-testid="action-notice-region">
      {notice && (
        <div className="action-notice" data-testid="action-notice">
          <span>{notice.text}</span>
          <button type="button" aria-label={s.dismiss} title={s.dismiss} onClick={clearNotice}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
