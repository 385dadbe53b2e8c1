// The Help page: the README, bundled into the app when it is built (no network), with its sections
// listed first.
import { useMemo, type MouseEvent } from 'react';
import readme from '../../../../README.md?raw';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { openScreen } from '../../state/screens.js';
import { readHelp } from './markdown.js';
import { Markdown } from './Markdown.js';
import { ModalDialog } from '../../components/ModalDialog.js';
import { HELP_STRINGS } from './strings.js';

function goTo(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView();
}

export function HelpPage({ onClose }: { onClose: () => void }) {
  const s = useStrings(HELP_STRINGS);
  const lang = useLang();
  const { html, sections } = useMemo(() => readHelp(readme), []);
  return (
    <ModalDialog title={s.helpTitle} testId="help" closeLabel={s.close} wide onClose={onClose}>
      <p>
        <button type="button" className="button button--small" data-testid="help-about" onClick={() => openScreen('about')}>
          {s.aboutButton}
        </button>
      </p>
      {lang !== 'en' && <p className="muted">{s.helpInEnglish}</p>}
      <nav aria-label={s.contents} className="help-contents">
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} onClick={(e) => goTo(e, section.id)}>
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Markdown html={html} />
    </ModalDialog>
  );
}
