// A modal dialog of the shell (About, Help): the browser's own <dialog>, so focus stays inside it,
// Escape closes it and focus returns to where it was.
import { useEffect, useRef, type ReactNode } from 'react';
import { useStrings } from '../../i18n/useLang.js';
import { HELP_STRINGS } from './strings.js';

interface Props {
  title: string;
  testId: string;
  wide?: boolean;
  onClose: () => void;
  children: ReactNode;
}

export function ShellDialog({ title, testId, wide = false, onClose, children }: Props) {
  const s = useStrings(HELP_STRINGS);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className={`shell-dialog${wide ? ' shell-dialog--wide' : ''}`} data-testid={testId} aria-label={title} onClose={onClose}>
      <header className="shell-dialog__head">
        <h2>{title}</h2>
        <button type="button" className="button button--small" data-testid={`${testId}-close`} onClick={onClose}>
          {s.close}
        </button>
      </header>
      <div className="shell-dialog__body">{children}</div>
    </dialog>
  );
}
