// The preview: what each file is and the release it would record, what it would change in the
// store, what went wrong and where, and the names that need a decision. Commit from here.
import { useState } from 'react';
import type { Status } from '@shared/domain.js';
import type { FilePreview, ImportProblem } from '@shared/contract/import.js';
import { formatCount, formatDate } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { sayImportProblem, sayWarnings } from '@shared/messages/import.js';
import { sayLocation } from '@shared/messages/place.js';
import { dateNoteShown, PUBLISHER_NOT_STATED, publisherShown } from '@shared/not-stated.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { SelectField } from '../../components/SelectField.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import type { ReleaseDrafts } from './choices.js';
import { MAX_FILE_BYTES } from './staging.js';
import { CHANGE_KINDS, countsText, headlineText, previewRows, totalCounts, type ChangeFilter } from './previewRows.js';
import { IMPORT_STRINGS } from './strings.js';
import { UnknownNames } from './UnknownNames.js';
import { Clashes } from './Clashes.js';
import type { ImportActions, ImportSession, LocalProblem } from './useImportSession.js';
import { rovingKeyDown } from '../../components/rovingFocus.js';

/** Rows drawn at first per file; the rest on request (a workbook can hold thousands). */
const FIRST_ROWS = 300;
const STATUS_OPTIONS: readonly Status[] = ['estimate', 'preliminary', 'official'];

interface Props {
  session: ImportSession;
  actions: ImportActions;
}

export function PreviewPanel({ session, actions }: Props) {
  const lang = useLang();
  const t = useStrings(IMPORT_STRINGS);
  const [filter, setFilter] = useState<ChangeFilter>('all');
  const { preview, localProblems } = session;
  const files = preview?.files ?? [];
  const busy = session.progress !== null;
  const ready = preview?.ready === true && !busy;
  const totals = totalCounts(files);

  return (
    <section className="panel import-preview" data-testid="import-preview" data-ready={preview?.ready === true} aria-busy={busy} aria-label={t.preview}>
      <header className="import-preview__head">
        <div>
          <h2 className="view-title">{t.preview}</h2>
          {files.length > 0 && (
            <>
              <p className="import-preview__headline" data-testid="import-headline">
                <strong>{headlineText(totals, lang)}</strong>
              </p>
              <p className="muted" data-testid="import-total-counts">
                {countsText(totals, lang)}
              </p>
            </>
          )}
        </div>
        <div className="import-preview__actions">
          <button type="button" className="button" data-testid="import-clear" onClick={actions.clear} disabled={busy}>
            {t.clear}
          </button>
          <button type="button" className="button button--primary" data-testid="import-commit" disabled={!ready} onClick={() => void actions.commit()}>
            {t.commit}
          </button>
        </div>
      </header>
      {preview && !preview.ready && !busy && <p className="import-preview__blocked">{t.notReady}</p>}

      <Problems problems={preview?.errors ?? []} local={localProblems} />
      {session.names.length > 0 && <UnknownNames names={session.names} onDecide={(key, d) => void actions.decideName(key, d)} disabled={busy} />}
      {files.some((f) => f.clashes.length > 0) && (
        <Clashes files={files} onChoose={(file, key, choice) => void actions.chooseClash(file, key, choice)} disabled={busy} />
      )}

      {files.length > 0 && (
        <div
          className="segmented import-preview__filter"
          role="radiogroup"
          aria-label={t.filter}
          onKeyDown={rovingKeyDown('[role="radio"]', (i) => setFilter(i === 0 ? 'all' : CHANGE_KINDS[i - 1]!))}
        >
          {(['all', ...CHANGE_KINDS] as const).map((f) => (
            <button
              key={f}
              type="button"
              role="radio"
              aria-checked={filter === f}
              tabIndex={filter === f ? 0 : -1}
              className="segmented__option"
              data-testid={`import-filter-${f}`}
              onClick={() => setFilter(f)}
            >
              {t.filters[f]}
              {f !== 'all' && <span className="segmented__count"> {formatCount(totals[f], lang)}</span>}
            </button>
          ))}
        </div>
      )}

      {files.map((file) => (
        <FileCard
          key={`${file.fileName}|${file.checksum}`}
          file={file}
          shared={files.length > 1}
          drafts={session.release}
          onEdit={actions.editRelease}
          filter={filter}
          disabled={busy}
        />
      ))}
    </section>
  );
}

function Problems({ problems, local }: { problems: ImportProblem[]; local: LocalProblem[] }) {
  const lang = useLang();
  const t = useStrings(IMPORT_STRINGS);
  if (problems.length === 0 && local.length === 0) return null;
  const limit = `${formatCount(MAX_FILE_BYTES / 2 ** 30, lang)} GB`;
  return (
    <section className="notice notice--error" data-testid="import-errors" role="alert">
      <h3 className="notice__title">{t.errors}</h3>
      <ul className="notice__list">
        {local.map((p, i) => (
          <li key={`local-${i}`} data-testid="import-error" data-file={p.file}>
            <strong className="file">{p.file}</strong>:{' '}
            {p.reason === 'too-large' ? t.tooLarge(limit) : p.reason === 'refused' ? refusalText(p, lang) : t.unreadable(p.detail ?? '')}
          </li>
        ))}
        {problems.map((p, i) => {
          const { place, message } = sayImportProblem(p, lang);
          return (
            <li key={i} data-testid="import-error" data-file={p.file} data-code={p.code}>
              <strong className="file">{p.file}</strong>
              {place && <span className="place"> ({place})</span>}: {message}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Main's refusal of a file being sent, in the window's language (its place too) when main said it as a code. */
function refusalText(p: LocalProblem, lang: Lang): string | null {
  if (!p.said) return p.detail;
  const { place, message } = sayImportProblem({ message: p.detail ?? '', code: p.said.code, params: p.said.params, where: p.said.where }, lang);
  return place ? `(${place}) ${message}` : message;
}

interface FileCardProps {
  file: FilePreview;
  /** The release edits apply to every file of the import. */
  shared: boolean;
  drafts: ReleaseDrafts;
  onEdit: (field: keyof ReleaseDrafts, value: string) => void;
  filter: ChangeFilter;
  disabled: boolean;
}

function FileCard({ file, shared, drafts, onEdit, filter, disabled }: FileCardProps) {
  const lang = useLang();
  const t = useStrings(IMPORT_STRINGS);
  const v = useStrings(VOCABULARY);
  const rel = file.release;
  const [showAll, setShowAll] = useState(false);
  const rows = previewRows(file.figures, lang, filter);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  const dateNote = rel.publishedOnNote && drafts.publishedOn === undefined ? dateNoteShown(rel.publishedOnNote, lang) : null;

  return (
    <article className="import-file" data-testid="import-file-preview" data-file={file.fileName} data-format={file.format}>
      <header className="import-file__head">
        <h3 className="import-file__name file">{file.fileName}</h3>
        <span className="import-file__format" data-testid="import-format">
          {t.formats[file.format]}
        </span>
        <span className="import-file__counts" data-testid="import-counts">
          {countsText(file.counts, lang)}
        </span>
      </header>

      {file.alreadyImported && (
        <p className="notice notice--info" data-testid="import-already">
          {file.alreadyImported.sameFigures ? t.alreadySame(file.alreadyImported.name) : t.already(file.alreadyImported.name)}
        </p>
      )}

      <fieldset className="release-fields" disabled={disabled}>
        <legend className="field__label">{t.release.heading}</legend>
        <label className="field release-fields__name">
          <span className="field__label">{t.release.name}</span>
          <input
            type="text"
            data-testid="import-release-name"
            maxLength={300}
            value={drafts.name ?? rel.name}
            onChange={(e) => onEdit('name', e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t.release.publisher}</span>
          <input
            type="text"
            data-testid="import-release-publisher"
            maxLength={300}
            value={drafts.publisher ?? (rel.publisher === PUBLISHER_NOT_STATED ? '' : rel.publisher)}
            placeholder={publisherShown(rel.publisher, lang)}
            onChange={(e) => onEdit('publisher', e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t.release.date}</span>
          <input
            type="date"
            data-testid="import-release-date"
            value={drafts.publishedOn ?? rel.publishedOn}
            title={dateNote ?? formatDate(drafts.publishedOn || rel.publishedOn, lang)}
            onChange={(e) => onEdit('publishedOn', e.target.value)}
          />
        </label>
        <SelectField
          label={t.release.status}
          testId="import-release-status"
          value={drafts.status ?? rel.status}
          options={STATUS_OPTIONS.map((st) => ({ value: st, label: v.status[st] }))}
          onChange={(st) => onEdit('status', st)}
        />
        {dateNote && (
          <p className="release-fields__note" title={dateNote} data-testid="import-date-note">
            * {file.publishedOnFrom === 'today' ? t.release.inferred : t.release.fromFile}
          </p>
        )}
        {shared && <p className="release-fields__note">{t.release.shared}</p>}
      </fieldset>

      {file.warnings.length > 0 && (
        <details className="import-file__warnings" data-testid="import-warnings">
          <summary>
            {t.warnings} ({formatCount(file.warnings.length, lang)})
          </summary>
          <ul>
            {sayWarnings(file, lang).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}

      {rows.length === 0 ? (
        <p className="empty">{file.figures.length === 0 ? t.noFigures : t.noRows}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table import-figures" data-testid="import-figures">
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.period}</th>
                <th scope="col">{t.columns.what}</th>
                <th scope="col" className="num">
                  {t.columns.value}
                </th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.change}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr
                  key={row.key}
                  data-testid="import-figure-row"
                  data-change={row.change}
                  data-period={row.period}
                  data-geo={row.geo}
                  data-item={row.item}
                  title={row.location ? sayLocation(row.location, lang) : undefined}
                >
                  <th scope="row">{row.name}</th>
                  <td className="nowrap">{row.periodLabel}</td>
                  <td className="muted">{row.what}</td>
                  <td className="num" data-testid="import-figure-value" title={row.stated ? t.stated(row.stated) : undefined}>
                    {row.oldValue !== null && (
                      <>
                        <span className="old-value">{row.oldValue}</span>
                        <span className="arrow"> → </span>
                      </>
                    )}
                    <span className="new-value">{row.value}</span>
                    {row.shownValue !== null && (
                      <span className="muted shown-value" data-testid="import-figure-shown" title={t.historyHelp}>
                        {' '}
                        ({row.shownValue})
                      </span>
                    )}
                  </td>
                  <td>
                    <span className={`status status--${row.statusCode}`}>{row.status}</span>
                  </td>
                  <td>
                    <span className={`change change--${row.change}`} title={row.change === 'history' ? t.historyHelp : undefined}>
                      {t.filters[row.change]}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length < rows.length && (
            <p className="footnote">
              {t.moreRows(formatCount(shown.length, lang), formatCount(rows.length, lang))}{' '}
              <button type="button" className="button button--link" onClick={() => setShowAll(true)}>
                {t.showAll}
              </button>
            </p>
          )}
          {file.unlisted !== undefined && file.unlisted > 0 && (
            <p className="footnote" data-testid="import-unlisted">
              {t.unlisted(formatCount(file.unlisted, lang))}
            </p>
          )}
        </div>
      )}
    </article>
  );
}
