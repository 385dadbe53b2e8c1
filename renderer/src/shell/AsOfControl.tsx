// The header's as-of date: a date input and a button clearing it (back to today's store).
import { useRef } from 'react';
import { useAction } from '../features/commands/useAction.js';
import { useStrings } from '../i18n/useLang.js';
import { readAsOf, useAsOf } from '../state/asOf.js';
import { AS_OF_STRINGS } from './asOfStrings.js';
import { chooseAsOf } from './chooseAsOf.js';
import './as-of.css';

export function AsOfControl() {
  const s = useStrings(AS_OF_STRINGS);
  const asOf = useAsOf();
  const input = useRef<HTMLInputElement>(null);
  useAction('as-of', () => input.current?.focus());
  return (
    <div className="as-of" data-testid="as-of-control">
      <label className="field">
        <span className="field__label">{s.label}</span>
        <input
          ref={input}
          type="date"
          data-testid="as-of-input"
          value={asOf ?? ''}
          min="1900-01-01"
          onChange={(e) => {
            const day = readAsOf(e.target.value);
            // An unfinished date (a year still being typed) changes nothing; an emptied one clears it.
            if (day !== null || e.target.value === '') void chooseAsOf(day);
          }}
        />
      </label>
      {asOf && (
        <button type="button" className="as-of__clear" data-testid="as-of-clear" aria-label={s.clear} title={s.clear} onClick={() => void chooseAsOf(null)}>
          ×
        </button>
      )}
    </div>
  );
}
