// A modal dialog over the window (About, Help, Preferences): the browser's own <dialog> shown modal,
// so the rest of the window is inert and the focus stays inside, Escape closes it, and the focus
// returns to where it was.
import { useEffect, useRef, type ReactNode } from 'react';
import './ModalDialog.css';

interface Props {
  title: string;
  testId: string;
  closeLabel: string;
  wide?: boolean;
  onClose: () => void;
  children: ReactNode;
}

export function ModalDialog({ title, testId, closeLabel, wide = false, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className={`modal-dialog${wide ? ' modal-dialog--wide' : ''}`} data-testid={testId} aria-label={title} onClose={onClose}>
      <header className="modal-dialog__head">
        <h2>{title}</h2>
        <button type="button" className="button button--small" data-testid={`${testId}-close`} onClick={onClose}>
          {closeLabel}
        </button>
      </header>
      <div className="modal-dialog__body">{children}</div>
    </dialog>
  );
}
