// Every release in the store: what it is, who published it, when, and how many figures it gave.
import { formatCount, formatDate } from '../../format.js';
import { STRINGS, type Lang } from '../../i18n.js';
import { useBridgeQuery } from '../../useBridgeQuery.js';

export function ReleasesView({ lang }: { lang: Lang }) {
  const s = STRINGS[lang];
  const r = s.releases;
  const { data: releases, loading } = useBridgeQuery('releases:list', {});
  return (
    <div className="releases" data-testid="view-releases" aria-busy={loading}>
      <h2 className="view-title">{r.title}</h2>
      {releases && releases.length === 0 && <p className="empty">{r.none}</p>}
      {releases && releases.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="releases-table">
            <thead>
              <tr>
                <th scope="col">{r.name}</th>
                <th scope="col">{r.publisher}</th>
                <th scope="col">{r.date}</th>
                <th scope="col">{r.status}</th>
                <th scope="col">{r.file}</th>
                <th scope="col" className="num">
                  {r.figures}
                </th>
              </tr>
            </thead>
            <tbody>
              {releases.map((rel) => (
                <tr key={rel.id} data-testid="release-row" data-release-id={rel.id}>
                  <th scope="row">{rel.name}</th>
                  <td>{rel.publisher}</td>
                  <td className="nowrap">
                    {formatDate(rel.publishedOn, lang)}
                    {rel.publishedOnNote && (
                      <span className="note-marker" title={rel.publishedOnNote} aria-label={rel.publishedOnNote}>
                        *
                      </span>
                    )}
                  </td>
                  <td>
                    <span className={`status status--${rel.status}`}>{s.status[rel.status]}</span>
                  </td>
                  <td className="file" title={rel.sourceUrl ?? rel.sourceFile}>
                    {rel.sourceFile}
                  </td>
                  <td className="num">{formatCount(rel.figureCount, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {releases.some((rel) => rel.publishedOnNote) && <p className="footnote">{r.inferredDate}</p>}
        </div>
      )}
      {!releases && loading && <p className="muted">{s.loading}</p>}
    </div>
  );
}
