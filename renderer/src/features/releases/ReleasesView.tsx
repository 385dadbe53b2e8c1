// Every release in the store: what it is, who published it, when, and how many figures it gave.
// A release can be undone (after a confirm step): it goes with its figures, and what it revised shows again;
// not on a store open read-only (the Undo buttons disabled, saying why).
// Under an as-of date every release is still listed (to undo one stays possible), those published
// after it greyed and marked hidden.
import { useState } from 'react';
import { formatCount, formatDate } from '@shared/format.js';
import { dateNoteShown, publisherShown } from '@shared/not-stated.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { invoke } from '../../bridge/bridge.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { TableHead } from '../../components/TableHead.js';
import { COMMON_STRINGS } from '../../i18n/common.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useAsOf } from '../../state/asOf.js';
import { useReportError } from '../../state/errors.js';
import { RELEASES_STRINGS } from './strings.js';
import { YourDataPanel } from '../backup/YourDataPanel.js';
import { useWritesRefused } from '../backup/useWritesRefused.js';

interface Props {
  /** Called after an undo; resolves once the views have been told to ask again. */
  onChanged: () => Promise<void>;
}

export function ReleasesView({ onChanged }: Props) {
  const lang = useLang();
  const r = useStrings(RELEASES_STRINGS);
  const v = useStrings(VOCABULARY);
  const common = useStrings(COMMON_STRINGS);
  const asOf = useAsOf();
  const { data: releases, loading } = useBridgeQuery('releases:list', {}, { undated: true });
  const report = useReportError();
  const [undoing, setUndoing] = useState<number | null>(null);
  const writesRefused = useWritesRefused();

  const undo = async (id: number) => {
    setUndoing(id);
    try {
      await invoke('releases:undo', { releaseId: id });
      await onChanged();
    } catch (err) {
      report(err);
    } finally {
      setUndoing(null);
    }
  };

  return (
    <div className="releases" data-testid="view-releases" aria-busy={loading}>
      <h2 className="view-title">{r.title}</h2>
      {releases && releases.length === 0 && <p className="empty">{r.none}</p>}
      {releases && releases.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="releases-table">
            <TableHead
              columns={[
                { label: r.name },
                { label: r.publisher },
                { label: r.date },
                { label: r.status },
                { label: r.file },
                { label: r.figures, numeric: true },
                { label: r.actions, hidden: true },
              ]}
            />
            <tbody>
              {releases.map((rel) => {
                const hidden = asOf !== null && rel.publishedOn > asOf;
                return (
                  <tr
                    key={rel.id}
                    data-testid="release-row"
                    data-release-id={rel.id}
                    data-hidden={hidden}
                    className={hidden ? 'release-row--later' : undefined}
                  >
                    <th scope="row">
                      {rel.name}
                      {hidden && (
                        <span className="release-row__later" data-testid="release-hidden">
                          {r.hiddenByAsOf}
                        </span>
                      )}
                    </th>
                    <td>{publisherShown(rel.publisher, lang)}</td>
                    <td className="nowrap">
                      {formatDate(rel.publishedOn, lang)}
                      {rel.publishedOnNote && (
                        <span className="note-marker" title={dateNoteShown(rel.publishedOnNote, lang)} aria-label={dateNoteShown(rel.publishedOnNote, lang)}>
                          *
                        </span>
                      )}
                    </td>
                    <td>
                      <span className={`status status--${rel.status}`}>{v.status[rel.status]}</span>
                    </td>
                    <td className="file" title={rel.sourceUrl ?? rel.sourceFile}>
                      {rel.sourceFile}
                    </td>
                    <td className="num">{formatCount(rel.figureCount, lang)}</td>
                    <td className="actions">
                      <ConfirmAction
                        testId="release-undo"
                        label={r.undo}
                        ariaLabel={`${r.undo}: ${rel.name}`}
                        question={r.undoConfirm(formatCount(rel.figureCount, lang))}
                        yes={r.undoYes}
                        no={r.undoCancel}
                        busy={undoing === rel.id}
                        disabled={undoing !== null}
                        refusedBecause={writesRefused}
                        onConfirm={() => void undo(rel.id)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {releases.some((rel) => rel.publishedOnNote) && <p className="footnote">{r.inferredDate}</p>}
        </div>
      )}
      {!releases && loading && <p className="muted">{common.loading}</p>}
      <YourDataPanel />
    </div>
  );
}
