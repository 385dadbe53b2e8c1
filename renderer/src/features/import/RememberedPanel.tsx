// What the importer remembers between months: saved layout templates and names matched by hand.
// Either can be deleted (after a confirm step), so a wrong choice is never permanent; not on a store
// open read-only (the buttons disabled, saying why).
import { useState } from 'react';
import type { RememberedName } from '@shared/contract/reference.js';
import type { TemplateSummary } from '@shared/xlsx-template.js';
import { formatDate } from '@shared/format.js';
import { invoke } from '../../bridge/bridge.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { TableHead } from '../../components/TableHead.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useReportError } from '../../state/errors.js';
import { useWritesRefused } from '../backup/useWritesRefused.js';
import { REMEMBERED_STRINGS } from './rememberedStrings.js';

type Text = (typeof REMEMBERED_STRINGS)['en'];

export function RememberedPanel() {
  const t = useStrings(REMEMBERED_STRINGS);
  const templates = useBridgeQuery('templates:list', {});
  const names = useBridgeQuery('aliases:list', {});
  const report = useReportError();
  const [deleted, setDeleted] = useState<Set<string>>(new Set());

  const remove = async (key: string, call: () => Promise<unknown>) => {
    try {
      await call();
      setDeleted((d) => new Set(d).add(key));
    } catch (err) {
      report(err);
    }
  };
  const shownTemplates = (templates.data ?? []).filter((tpl) => !deleted.has(`template|${tpl.name}`));
  const shownNames = (names.data ?? []).filter((n) => !deleted.has(nameKey(n)));

  return (
    <details className="panel remembered" data-testid="import-remembered">
      <summary className="remembered__summary">
        {t.title} <span className="muted">({t.counts(shownTemplates.length, shownNames.length)})</span>
      </summary>
      <p className="muted">{t.intro}</p>
      <h4>{t.templates}</h4>
      {templates.data && shownTemplates.length === 0 && <p className="empty">{t.noTemplates}</p>}
      {shownTemplates.length > 0 && (
        <TemplatesTable templates={shownTemplates} t={t} onDelete={(name) => void remove(`template|${name}`, () => invoke('templates:delete', { name }))} />
      )}
      <h4>{t.names}</h4>
      {names.data && shownNames.length === 0 && <p className="empty">{t.noNames}</p>}
      {shownNames.length > 0 && (
        <NamesTable
          names={shownNames}
          t={t}
          onDelete={(n) => void remove(nameKey(n), () => invoke('aliases:forget', { kind: n.kind, folded: n.folded, code: n.code }))}
        />
      )}
    </details>
  );
}

const nameKey = (n: RememberedName): string => `name|${n.kind}|${n.folded}|${n.code}`;

function TemplatesTable({ templates, t, onDelete }: { templates: TemplateSummary[]; t: Text; onDelete: (name: string) => void }) {
  const lang = useLang();
  const refused = useWritesRefused();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="remembered-templates">
        <TableHead
          columns={[
            { label: t.template },
            { label: t.sheet },
            { label: t.labels },
            { label: t.columns, numeric: true },
            { label: t.lastUsed },
            { label: t.remove, hidden: true },
          ]}
        />
        <tbody>
          {templates.map((tpl) => (
            <tr key={tpl.id} data-testid="remembered-template" data-name={tpl.name}>
              <th scope="row">{tpl.name}</th>
              <td>{tpl.definition.sheet}</td>
              <td>{t.labelKinds[tpl.definition.labelKind]}</td>
              <td className="num">{tpl.definition.columns.length}</td>
              <td className="nowrap">{tpl.lastUsedAt ? formatDate(tpl.lastUsedAt.slice(0, 10), lang) : t.never}</td>
              <td className="actions">
                <ConfirmAction
                  testId="remembered-delete"
                  label={t.remove}
                  ariaLabel={`${t.remove}: ${tpl.name}`}
                  question={t.confirm}
                  yes={t.yes}
                  no={t.no}
                  refusedBecause={refused}
                  onConfirm={() => onDelete(tpl.name)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NamesTable({ names, t, onDelete }: { names: RememberedName[]; t: Text; onDelete: (n: RememberedName) => void }) {
  const lang = useLang();
  const refused = useWritesRefused();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="remembered-names">
        <TableHead columns={[{ label: t.name }, { label: t.kind }, { label: t.matchedTo }, { label: t.remove, hidden: true }]} />
        <tbody>
          {names.map((n) => (
            <tr key={nameKey(n)} data-testid="remembered-name" data-folded={n.folded} data-code={n.code}>
              <th scope="row">{n.folded}</th>
              <td>{t.kinds[n.kind]}</td>
              <td>
                {/* place names keep their Vietnamese spelling in the English UI */}
                {lang === 'vi' || n.kind === 'geo' ? <span lang="vi">{n.nameVi}</span> : n.nameEn} <span className="muted">({n.code})</span>
              </td>
              <td className="actions">
                <ConfirmAction
                  testId="remembered-delete"
                  label={t.remove}
                  ariaLabel={`${t.remove}: ${n.folded}`}
                  question={t.confirm}
                  yes={t.yes}
                  no={t.no}
                  refusedBecause={refused}
                  onConfirm={() => onDelete(n)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
