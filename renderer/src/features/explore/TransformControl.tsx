// The transformation control: each choice the series shown allow, the others disabled with why in
// their tooltip (still focusable, so keyboards and screen readers reach the reason); rebasing asks
// for a base year among those the data hold whole.
import type { FigureValue } from '@shared/contract/figures.js';
import { NO_VALUE_WORDS, TRANSFORM_WORDS } from '@shared/analysis/labels.js';
import { useMemo } from 'react';
import { SelectField } from '../../components/SelectField.js';
import { numberOptions } from '../../components/selectOptions.js';
import { useStrings } from '../../i18n/useLang.js';
import { EXPLORE_STRINGS } from './strings.js';
import {
  availability,
  choiceOf,
  commonRebaseYears,
  rebaseYearOf,
  TRANSFORM_CHOICES,
  transformSpec,
  type Availability,
  type TransformChoice,
} from './transform.js';

interface Props {
  /** The spec in force ('none' when the chosen one does not apply). */
  spec: string;
  /** Each shown series' figures. */
  figures: FigureValue[][];
  onChange: (spec: string) => void;
}

export function TransformControl({ spec, figures, onChange }: Props) {
  const s = useStrings(EXPLORE_STRINGS);
  const why = useStrings(NO_VALUE_WORDS);
  const words = useStrings(TRANSFORM_WORDS);
  const allowed = useMemo(() => new Map<TransformChoice, Availability>(TRANSFORM_CHOICES.map((c) => [c, availability(figures, c)])), [figures]);
  const years = useMemo(() => commonRebaseYears(figures), [figures]);
  const chosen = choiceOf(spec);
  const year = rebaseYearOf(spec);
  const choose = (choice: TransformChoice) => onChange(transformSpec(choice, choice === 'rebase' ? (year ?? years.at(-1) ?? null) : null));

  return (
    <div className="transform-control">
      <span className="field__label" id="transform-label">
        {s.transform.label}
      </span>
      <div className="segmented segmented--wrap" role="radiogroup" aria-labelledby="transform-label" data-testid="transform-control">
        {TRANSFORM_CHOICES.map((choice) => {
          const a = allowed.get(choice) ?? { ok: true };
          const full = choice === 'none' ? undefined : choice === 'rebase' ? words.rebase(year ?? years.at(-1) ?? 2015) : words[choice];
          return (
            <button
              key={choice}
              type="button"
              role="radio"
              aria-checked={chosen === choice}
              // aria-disabled rather than disabled: the choice stays focusable, so its reason can be read.
              aria-disabled={!a.ok}
              title={a.ok ? full : s.transform.unavailable(why[a.reason])}
              data-testid={`transform-${choice}`}
              data-reason={a.ok ? undefined : a.reason}
              className="segmented__option"
              onClick={() => a.ok && choose(choice)}
            >
              {s.transform.choices[choice]}
            </button>
          );
        })}
      </div>
      {chosen === 'rebase' && years.length > 0 && (
        <SelectField
          className="transform-control__year"
          label={s.transform.baseYear}
          testId="rebase-year"
          value={year === null ? '' : String(year)}
          options={numberOptions(years)}
          onChange={(y) => onChange(transformSpec('rebase', Number(y)))}
        />
      )}
    </div>
  );
}
