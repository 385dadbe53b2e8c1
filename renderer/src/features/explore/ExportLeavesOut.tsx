// Beside Export: the points a transformation shows that exports leave out (the core transforms
// monthly figures only), named by period kind; nothing when the export holds all that is drawn.
import { VOCABULARY } from '@shared/vocabulary.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { leftOutOfExport } from './shownExport.js';
import { EXPLORE_STRINGS } from './strings.js';
import type { ShownSeries } from './transform.js';

export function ExportLeavesOut({ shown, spec }: { shown: ShownSeries[]; spec: string }) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS);
  const v = useStrings(VOCABULARY);
  const { count, kinds } = leftOutOfExport(shown, spec);
  if (count === 0) return null;
  const kindWords = kinds.map((k) => v.kinds[k].toLocaleLowerCase(lang)).join(', ');
  return (
    <span className="panel__tools-note muted" data-testid="export-leaves-out" data-count={count}>
      {s.exportLeavesOut(count, kindWords)}
    </span>
  );
}
