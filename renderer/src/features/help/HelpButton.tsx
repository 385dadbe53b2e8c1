// The header's way to the Help page (the menu's Help and the palette reach it too; the web host has no menu).
import { useStrings } from '../../i18n/useLang.js';
import { openScreen } from '../../state/screens.js';
import { HELP_STRINGS } from './strings.js';

export function HelpButton() {
  const s = useStrings(HELP_STRINGS);
  return (
    <button type="button" className="button button--small" data-testid="open-help" onClick={() => openScreen('help')}>
      {s.helpButton}
    </button>
  );
}
