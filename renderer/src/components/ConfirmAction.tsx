// A button for something that cannot be taken back (undo a release, delete a template): the first
// click asks, the second does it, and the question can be dismissed.
import { useState } from 'react';

interface Props {
  /** data-testid of the first button; the confirm button is `${testId}-confirm`, the cancel `${testId}-cancel`. */
  testId: string;
  label: string;
  /** Accessible name of the first button when the label alone is ambiguous in a table. */
  ariaLabel?: string;
  question: string;
  yes: string;
  no: string;
  disabled?: boolean;
  /** Why the action cannot be taken at all (the store is read-only): the button is disabled and says it. */
  refusedBecause?: string | null;
  busy?: boolean;
  onConfirm: () => void;
}

export function ConfirmAction({ testId, label, ariaLabel, question, yes, no, disabled = false, refusedBecause = null, busy = false, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--small"
        data-testid={testId}
        disabled={disabled || refusedBecause !== null}
        onClick={() => setAsking(true)}
        aria-label={ariaLabel ?? label}
        title={refusedBecause ?? undefined}
        aria-description={refusedBecause ?? undefined}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-busy={busy}>
      <span className="confirm__text">{question}</span>
      <button type="button" className="button button--small button--danger" data-testid={`${testId}-confirm`} disabled={disabled || busy} onClick={onConfirm}>
        {yes}
      </button>
      <button type="button" className="button button--small" data-testid={`${testId}-cancel`} disabled={busy} onClick={() => setAsking(false)}>
        {no}
      </button>
    </span>
  );
}
