// The option lists drop-downs share: numbers that show themselves, and periods in the UI's language.
import { formatPeriod } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import type { SelectOption } from './SelectField.js';

/** Years, sizes, row numbers: each option shows its own number. */
export const numberOptions = (numbers: readonly number[]): SelectOption<string>[] => numbers.map((n) => ({ value: String(n), label: String(n) }));

/** Period codes, each shown as the period is written in `lang`. */
export const periodOptions = (periods: readonly string[], lang: Lang): SelectOption<string>[] =>
  periods.map((p) => ({ value: p, label: formatPeriod(p, lang) }));
