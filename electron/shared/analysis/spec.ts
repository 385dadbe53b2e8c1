// Transformation specs as the CLI, the chart and exports name them ('yoy', 'rebase:2020', 'ma3', …):
// each read into the function that computes it and its label in both languages.
import type { Localized } from '../lang.js';
import type { Lang } from '../period.js';
import { annualAverage, cumulativeAverage, movingAverage, quarterAverage } from './averages.js';
import { chainChanges } from './chain.js';
import { momChange, yoyChange, ytdChange } from './changes.js';
import { TRANSFORM_WORDS } from './labels.js';
import type { InputSeries, TransformedSeries } from './model.js';
import { rebaseIndex } from './rebase.js';
import { tetChange } from './tet.js';

export interface Transform {
  /** The spec as given, trimmed and in lower case. */
  spec: string;
  label: Localized<string>;
  apply: (series: InputSeries) => TransformedSeries;
}

type FixedSpec = Exclude<keyof (typeof TRANSFORM_WORDS)['vi'], 'rebase'>;

const FIXED: Record<FixedSpec, Transform['apply']> = {
  yoy: yoyChange,
  mom: momChange,
  ytd: ytdChange,
  chain: (series) => chainChanges(series),
  ma3: (series) => movingAverage(series, 3),
  ma12: (series) => movingAverage(series, 12),
  annual: annualAverage,
  quarterly: quarterAverage,
  cumulative: cumulativeAverage,
  tet: tetChange,
};

/** Every accepted form, for messages and help. */
export const TRANSFORM_SPECS: readonly string[] = ['yoy', 'mom', 'ytd', 'rebase:YEAR', 'chain', 'ma3', 'ma12', 'annual', 'quarterly', 'cumulative', 'tet'];

export class TransformSpecError extends Error {
  constructor(
    readonly spec: string,
    detail: string,
  ) {
    super(`${detail}; accepted: ${TRANSFORM_SPECS.join(', ')} (e.g. rebase:2020)`);
    this.name = 'TransformSpecError';
  }
}

const inBothLanguages = (label: (lang: Lang) => string): Localized<string> => ({ vi: label('vi'), en: label('en') });

const isFixedSpec = (spec: string): spec is FixedSpec => Object.hasOwn(FIXED, spec);

/** Reads a spec; throws TransformSpecError naming it and the accepted ones when it is not one. */
export function parseTransform(text: string): Transform {
  const spec = text.trim().toLowerCase();
  if (isFixedSpec(spec)) return { spec, label: inBothLanguages((lang) => TRANSFORM_WORDS[lang][spec]), apply: FIXED[spec] };
  const rebase = /^rebase:(.*)$/.exec(spec);
  if (rebase) {
    if (!/^\d{4}$/.test(rebase[1]!)) throw new TransformSpecError(text, `'${text}': rebase needs a four-digit base year`);
    const year = Number(rebase[1]);
    return { spec, label: inBothLanguages((lang) => TRANSFORM_WORDS[lang].rebase(year)), apply: (series) => rebaseIndex(series, year) };
  }
  throw new TransformSpecError(text, `unknown transformation '${text}'`);
}
