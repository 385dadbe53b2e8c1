// What the importer remembers between months: saved layout templates and names matched by hand.
// Either can be deleted (after a confirm step), so a wrong choice is never permanent.
import { useState } from 'react';
import type { RememberedName } from '@shared/contract/reference.js';
import type { TemplateSummary } from '@shared/xlsx-template.js';
import { invoke } from '../../bridge.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { TableHead } from '../../components/TableHead.js';
import { useReportError } from '../../errors.js';
import { formatDate } from '@shared/format.js';
import type { Lang } from '../../i18n.js';
import { useBridgeQuery } from '../../useBridgeQuery.js';

const TEXT = {
  en: {
    title: 'Remembered',
    counts: (templates: number, names: number) => `${templates} layout${templates === 1 ? '' : 's'}, ${names} name${names === 1 ? '' : 's'}`,
    intro: 'Layouts saved for spreadsheets and names you matched by hand are used again in later imports. Delete one that is wrong.',
    templates: 'Layout templates',
    noTemplates: 'No saved layout templates.',
    names: 'Names matched by hand',
    noNames: 'No names matched by hand.',
    template: 'Name',
    sheet: 'Mapped on sheet',
    labels: 'Names are',
    labelKinds: { geo: 'localities', item: 'industries or products' },
    columns: 'Columns',
    lastUsed: 'Last used',
    never: 'not yet',
    name: 'Name in files',
    kind: 'Kind',
    kinds: { geo: 'locality', item: 'industry or product' },
    matchedTo: 'Matched to',
    remove: 'Delete',
    confirm: 'Delete?',
    yes: 'Yes, delete',
    no: 'Keep',
  },
  vi: {
    title: 'Đã ghi nhớ',
    counts: (templates: number, names: number) => `${templates} mẫu bố cục, ${names} tên`,
    intro: 'Bố cục đã lưu cho bảng tính và các tên bạn đã tự ghép được dùng lại ở các lần nhập sau. Xóa mục nào sai.',
    templates: 'Mẫu bố cục',
    noTemplates: 'Chưa có mẫu bố cục nào.',
    names: 'Tên đã tự ghép',
    noNames: 'Chưa có tên nào được tự ghép.',
    template: 'Tên mẫu',
    sheet: 'Khai báo trên trang',
    labels: 'Tên là',
    labelKinds: { geo: 'địa phương', item: 'ngành hoặc sản phẩm' },
    columns: 'Số cột',
    lastUsed: 'Dùng lần cuối',
    never: 'chưa dùng',
    name: 'Tên trong tệp',
    kind: 'Loại',
    kinds: { geo: 'địa phương', item: 'ngành hoặc sản phẩm' },
    matchedTo: 'Ghép với',
    remove: 'Xóa',
    confirm: 'Xóa?',
    yes: 'Xóa',
    no: 'Giữ lại',
  },
};

type Text = (typeof TEXT)['en'];

export function RememberedPanel({ lang }: { lang: Lang }) {
  const t = TEXT[lang];
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
        <TemplatesTable templates={shownTemplates} t={t} lang={lang} onDelete={(name) => void remove(`template|${name}`, () => invoke('templates:delete', { name }))} />
      )}
      <h4>{t.names}</h4>
      {names.data && shownNames.length === 0 && <p className="empty">{t.noNames}</p>}
      {shownNames.length > 0 && (
        <NamesTable names={shownNames} t={t} lang={lang} onDelete={(n) => void remove(nameKey(n), () => invoke('aliases:forget', { kind: n.kind, folded: n.folded, code: n.code }))} />
      )}
    </details>
  );
}

const nameKey = (n: RememberedName): string => `name|${n.kind}|${n.folded}|${n.code}`;

function TemplatesTable({ templates, t, lang, onDelete }: { templates: TemplateSummary[]; t: Text; lang: Lang; onDelete: (name: string) => void }) {
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="remembered-templates">
        <TableHead columns={[{ label: t.template }, { label: t.sheet }, { label: t.labels }, { label: t.columns, numeric: true }, { label: t.lastUsed }, { label: t.remove, hidden: true }]} />
        <tbody>
          {templates.map((tpl) => (
            <tr key={tpl.id} data-testid="remembered-template" data-name={tpl.name}>
              <th scope="row">{tpl.name}</th>
              <td>{tpl.definition.sheet}</td>
              <td>{t.labelKinds[tpl.definition.labelKind]}</td>
              <td className="num">{tpl.definition.columns.length}</td>
              <td className="nowrap">{tpl.lastUsedAt ? formatDate(tpl.lastUsedAt.slice(0, 10), lang) : t.never}</td>
              <td className="actions">
                <ConfirmAction testId="remembered-delete" label={t.remove} ariaLabel={`${t.remove}: ${tpl.name}`} question={t.confirm} yes={t.yes} no={t.no} onConfirm={() => onDelete(tpl.name)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NamesTable({ names, t, lang, onDelete }: { names: RememberedName[]; t: Text; lang: Lang; onDelete: (n: RememberedName) => void }) {
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
                <ConfirmAction testId="remembered-delete" label={t.remove} ariaLabel={`${t.remove}: ${n.folded}`} question={t.confirm} yes={t.yes} no={t.no} onConfirm={() => onDelete(n)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
