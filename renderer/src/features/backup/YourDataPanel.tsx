// "Your data", under the releases: the backups kept beside the store (made before every import,
// undo, notes import and upgrade), one made now, one restored (the store as it was kept as a backup
// first), and the store's full check. On a store open read-only no backup is made, and none is
// restored over a store a newer app wrote (its newer work would be lost): the buttons say why.
import { useRef, useState } from 'react';
import { formatCount } from '@shared/format.js';
import type { StoreCheck } from '@shared/contract/backup.js';
import { invoke } from '../../bridge/bridge.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { TableHead } from '../../components/TableHead.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { bumpDataVersion } from '../../state/dataVersion.js';
import { useReportError } from '../../state/errors.js';
import { refreshAfterStoreChange } from '../../shell/refreshAfterStoreChange.js';
import { COMMAND_STRINGS } from '../commands/strings.js';
import { useAction } from '../commands/useAction.js';
import { BACKUP_STRINGS } from './strings.js';
import { useWritesRefused } from './useWritesRefused.js';
import { backupTime } from './when.js';
import './backup.css';

export function YourDataPanel() {
  const lang = useLang();
  const s = useStrings(BACKUP_STRINGS);
  const report = useReportError();
  const { data: status } = useBridgeQuery('backup:status', {}, { undated: true });
  const { data: backups } = useBridgeQuery('backup:list', {}, { undated: true });
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [check, setCheck] = useState<StoreCheck | null>(null);
  const writesRefused = useWritesRefused();
  const restoreRefused = status?.state === 'newer' ? writesRefused : null;

  const run = async (what: string, action: () => Promise<string | null>): Promise<void> => {
    setBusy(what);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (err) {
      report(err);
    } finally {
      setBusy(null);
    }
  };
  const backUp = () =>
    run('backup', async () => {
      await invoke('backup:create', {});
      bumpDataVersion();
      return null;
    });
  const restore = (name: string) =>
    run(name, async () => {
      const answer = await invoke('backup:restore', { name });
      await refreshAfterStoreChange();
      return answer.restartNeeded ? `${s.restored(name)} ${s.restartNeeded}` : s.restored(name);
    });
  // Menu and palette: back up now; restore starts at the list of backups (or says there are none).
  const panel = useRef<HTMLElement>(null);
  useAction('backup', () => void backUp(), status?.readOnly ? COMMAND_STRINGS[lang].unavailable.readOnly : null);
  useAction(
    'restore',
    () => {
      panel.current?.scrollIntoView({ block: 'start' });
      (panel.current?.querySelector<HTMLElement>('[data-testid="backup-restore"]') ?? panel.current)?.focus();
    },
    backups?.length === 0 ? s.none : null,
  );
  const checkStore = () =>
    run('check', async () => {
      setCheck(await invoke('backup:check', {}));
      return null;
    });

  return (
    <section ref={panel} className="your-data" data-testid="your-data" aria-busy={busy !== null} tabIndex={-1}>
      <h2 className="view-title">{s.title}</h2>
      {status && (
        <p className="muted" data-testid="your-data-intro">
          {status.readOnly ? s.readOnlyIntro : s.intro(status.backupsKept)}
        </p>
      )}
      {status && (
        <p className="your-data__folder muted">
          {s.folder}: <code>{status.backupsFolder}</code>
        </p>
      )}
      <div className="your-data__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="backup-now"
          disabled={busy !== null || writesRefused !== null}
          title={writesRefused ?? undefined}
          aria-description={writesRefused ?? undefined}
          onClick={() => void backUp()}
        >
          {busy === 'backup' ? s.backingUp : s.backUpNow}
        </button>
        <button type="button" className="button button--small" data-testid="check-store" disabled={busy !== null} onClick={() => void checkStore()}>
          {busy === 'check' ? s.checking : s.checkNow}
        </button>
      </div>
      {message && (
        <p role="status" data-testid="your-data-message">
          {message}
        </p>
      )}
      {check && (
        <div role="status" data-testid="store-check" data-ok={check.ok}>
          {check.ok ? (
            <p>{s.checkOk(check.releasesChecked)}</p>
          ) : (
            <>
              <p className="your-data__problems">{s.checkProblems(check.problems.length)}</p>
              <ul>
                {check.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {backups && backups.length === 0 && <p className="empty">{s.none}</p>}
      {backups && backups.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="backups-table">
            <TableHead
              columns={[
                { label: s.made },
                { label: s.reason },
                { label: s.schema, numeric: true },
                { label: s.size, numeric: true },
                { label: s.actions, hidden: true },
              ]}
            />
            <tbody>
              {backups.map((b) => (
                <tr key={b.name} data-testid="backup-row" data-name={b.name}>
                  <th scope="row" title={b.name}>
                    {backupTime(b.createdAt, lang)}
                  </th>
                  <td>{s.reasons[b.reason]}</td>
                  <td className="num">{b.schemaVersion}</td>
                  <td className="num">{formatCount(Math.ceil(b.sizeBytes / 1024), lang)} KB</td>
                  <td className="actions">
                    <ConfirmAction
                      testId="backup-restore"
                      label={s.restore}
                      ariaLabel={`${s.restore}: ${backupTime(b.createdAt, lang)}`}
                      question={s.restoreConfirm}
                      yes={s.restoreYes}
                      no={s.restoreCancel}
                      busy={busy === b.name}
                      disabled={busy !== null}
                      refusedBecause={restoreRefused}
                      onConfirm={() => void restore(b.name)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
