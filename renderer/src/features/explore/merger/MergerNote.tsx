// Under a chart that follows a place across the merger: why the former provinces and the new
// locality are separate lines, and the places the store has no figures for.
import { geoName } from '@shared/format.js';
import { useLang, useStrings } from '../../../i18n/useLang.js';
import { MERGER_STRINGS } from './strings.js';
import type { MergerSeries } from './useMergerSeries.js';

export function MergerNote({ merger }: { merger: MergerSeries }) {
  const lang = useLang();
  const s = useStrings(MERGER_STRINGS);
  const locality = merger.plan?.lines.find((l) => l.side === 'after')?.place;
  if (!merger.following || !locality) return null;
  return (
    <p className="merger-note muted" data-testid="merger-note">
      {s.note(geoName(locality, lang))}
      {merger.missing.length > 0 && ` ${s.missing(merger.missing.map((p) => geoName(p, lang)).join(', '))}`}
    </p>
  );
}
