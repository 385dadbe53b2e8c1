// Shown over the window while files are dragged over it.
import { useStrings } from '../i18n/useLang.js';
import { SHELL_STRINGS } from './strings.js';

export function DropOverlay() {
  const s = useStrings(SHELL_STRINGS);
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{s.dropOverlay}</p>
    </div>
  );
}
