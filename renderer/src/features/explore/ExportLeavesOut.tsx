// Beside Export: what the files still differ in from the screen — the points a transformation shows
// that exports leave out (the core transforms monthly figures only), named by period kind, and this
// year against last year drawn in files as lines over time; nothing when a file holds what is drawn.
// (The date range, a second unit's axis and a followed merger's sides are exported as shown.)
import { VOCABULARY } from '@shared/vocabulary.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { leftOutOfExport } from './shownExport.js';
import { EXPLORE_STRINGS } from './strings.js';
import type { ShownSeries } from './transform.js';

export function ExportLeavesOut({ shown, spec, yearLines }: { shown: ShownSeries[]; spec: string; yearLines: boolean }) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS);
  const v = useStrings(VOCABULARY);
  const { count, kinds } = leftOutOfExport(shown, spec);
  if (count === 0 && !yearLines) return null;
  const kindWords = kinds.map((k) => v.kinds[k].toLocaleLowerCase(lang)).join(', ');
  const said = [...(count > 0 ? [s.exportLeavesOut(count, kindWords)] : []), ...(yearLines ? [s.exportYearLines] : [])];
  return (
    <span className="panel__tools-note muted" data-testid="export-leaves-out" data-count={count}>
      {said.join(' ')}
    </span>
  );
}
