// The release the latest view shows, named (title, publisher, date, status), and what it changed
// against the store before it: the periods it brought and the figures it revised, old → new,
// largest revisions first (releases:changes).
import { useState } from 'react';
import type { ReleaseChanges, RevisedFigure } from '@shared/contract/release-changes.js';
import { formatCount, formatDate, formatPeriod, formatValue, subjectName } from '@shared/format.js';
import { publisherShown } from '@shared/not-stated.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { LATEST_STRINGS } from './strings.js';
import './latest.css';

/** Revisions listed before "show all". */
const FIRST_REVISIONS = 8;

export function LatestRelease({ changes }: { changes: ReleaseChanges | null }) {
  const lang = useLang();
  const s = useStrings(LATEST_STRINGS);
  const v = useStrings(VOCABULARY);
  const [all, setAll] = useState(false);
  if (!changes) return <p className="empty">{s.noRelease}</p>;
  const { release, newPeriods, revised, unchanged } = changes;
  const listed = all ? revised : revised.slice(0, FIRST_REVISIONS);
  return (
    <section className="latest-release" data-testid="latest-release" data-release-id={release.id} aria-labelledby="latest-release-name">
      <p className="headline__label">{s.releaseLabel}</p>
      <h2 id="latest-release-name" className="latest-release__name" data-testid="latest-release-name">
        {release.name}
      </h2>
      <p className="latest-release__facts" data-testid="latest-release-facts">
        {s.releaseFacts(
          publisherShown(release.publisher, lang),
          formatDate(release.publishedOn, lang),
          v.status[release.status],
          formatCount(release.figureCount, lang),
        )}
      </p>
      <h3 className="latest-release__title">{s.changesTitle}</h3>
      <div className="latest-release__grid">
        <div data-testid="latest-new-periods" data-count={newPeriods.length}>
          <h4>{s.newPeriods}</h4>
          {newPeriods.length === 0 ? (
            <p className="muted">{s.noNew}</p>
          ) : (
            <ul className="latest-release__list">
              {newPeriods.map((p) => (
                <li key={p.period} data-testid="latest-new-period" data-period={p.period}>
                  <strong>{formatPeriod(p.period, lang)}</strong> · {s.newFigures(formatCount(p.figures, lang))}
                  {p.newToStore && <span className="tag">{s.newToStore}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div data-testid="latest-revised" data-count={revised.length}>
          <h4>{s.revised}</h4>
          {revised.length === 0 ? (
            <p className="muted">{s.noRevised}</p>
          ) : (
            <ol className="latest-release__list">
              {listed.map((r) => (
                <RevisedRow key={`${r.geo.code}|${r.item.code}|${r.measure}|${r.period}|${r.basis}|${r.unit}`} revised={r} />
              ))}
            </ol>
          )}
          {revised.length > FIRST_REVISIONS && (
            <button type="button" className="button button--small" onClick={() => setAll((shown) => !shown)}>
              {all ? s.showFewer : s.showAll(revised.length)}
            </button>
          )}
          {unchanged > 0 && <p className="muted">{s.unchanged(formatCount(unchanged, lang))}</p>}
        </div>
      </div>
    </section>
  );
}

function RevisedRow({ revised: r }: { revised: RevisedFigure }) {
  const lang = useLang();
  const s = useStrings(LATEST_STRINGS);
  const v = useStrings(VOCABULARY);
  const value = (x: { value: number; decimals: number }): string => formatValue(x.value, r.unit, x.decimals, lang, r.quantityUnit);
  return (
    <li data-testid="latest-revised-figure" data-geo={r.geo.code} data-item={r.item.code} data-period={r.period}>
      <span>
        <strong>{subjectName(r.geo, r.item, lang)}</strong> · {formatPeriod(r.period, lang)} · {v.views(r.basis, r.unit)}
      </span>
      <span className="latest-release__change">
        <span className="latest-release__old">{value(r.old)}</span> → <strong>{value(r.new)}</strong>
      </span>
      <span className="muted latest-release__from">{s.revisedFrom(r.old.releaseName, formatDate(r.old.publishedOn, lang))}</span>
    </li>
  );
}
