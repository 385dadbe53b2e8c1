// The transformation control: each choice the series shown allow, the others disabled with why in
// their tooltip (still focusable, so keyboards and screen readers reach the reason); rebasing asks
// for a base year among those the data hold whole.
import type { FigureValue } from '@shared/contract/figures.js';
import { NO_VALUE_WORDS, TRANSFORM_WORDS } from '@shared/analysis/labels.js';
import { useMemo } from 'react';
import { rovingKeyDown } from '../../components/rovingFocus.js';
import { SelectField } from '../../components/SelectField.js';
import { numberOptions } from '../../components/selectOptions.js';
import { useStrings } from '../../i18n/useLang.js';
import { useCommands } from '../commands/useAction.js';
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
  const fullName = (choice: TransformChoice) =>
    choice === 'none' ? undefined : choice === 'rebase' ? words.rebase(year ?? years.at(-1) ?? 2015) : words[choice];
  const whyNot = (choice: TransformChoice) => {
    const a = allowed.get(choice) ?? { ok: true };
    return a.ok ? null : s.transform.unavailable(why[a.reason]);
  };
  // The same choices in the command palette, with the same reasons when the data do not allow one.
  useCommands(
    TRANSFORM_CHOICES.map((choice) => ({
      id: `transform:${choice}`,
      kind: 'transform',
      label: s.transform.choices[choice],
      hint: fullName(choice),
      unavailable: whyNot(choice),
      run: () => choose(choice),
    })),
  );

  return (
    <div className="transform-control">
      <span className="field__label" id="transform-label">
        {s.transform.label}
      </span>
      <div
        className="segmented segmented--wrap"
        role="radiogroup"
        aria-labelledby="transform-label"
        data-testid="transform-control"
        // arrows move the focus, also onto a choice the data refuse (its reason is its tooltip), and choose the others
        onKeyDown={rovingKeyDown('[role="radio"]', (i) => {
          const choice = TRANSFORM_CHOICES[i]!;
          if (!whyNot(choice)) choose(choice);
        })}
      >
        {TRANSFORM_CHOICES.map((choice) => {
          const a = allowed.get(choice) ?? { ok: true };
          const full = fullName(choice);
          return (
            <button
              key={choice}
              type="button"
              role="radio"
              aria-checked={chosen === choice}
              tabIndex={chosen === choice ? 0 : -1}
              // aria-disabled rather than disabled: the choice stays focusable, so its reason can be read.
              aria-disabled={!a.ok}
              title={whyNot(choice) ?? full}
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
