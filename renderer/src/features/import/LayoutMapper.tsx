// Mapping a spreadsheet's layout when no reader knows it: the sheet's first rows as a grid, and a
// form for the sheet, the header row, the names column and each data column's period, basis and
// unit. "Preview with this layout" previews again with it; a name saves it as a template on commit.
import type { Basis, Unit } from '@shared/domain.js';
import { columnLetter } from '@shared/xlsx-template.js';
import { SelectField } from '../../components/SelectField.js';
import { numberOptions } from '../../components/selectOptions.js';
import { useStrings } from '../../i18n/useLang.js';
import {
  COLUMN_BASES,
  COLUMN_PERIODS,
  COLUMN_UNITS,
  dataColumns,
  draftForSheet,
  templateOf,
  withGuessedColumns,
  type ColumnPeriod,
  type LayoutDraft,
} from './layout.js';
import { LAYOUT_STRINGS } from './layoutStrings.js';

const LABEL_KINDS = ['geo', 'item'] as const;
const MONTH_SOURCES = ['sheet', 'file-name'] as const;

interface Props {
  draft: LayoutDraft;
  onChange: (next: LayoutDraft) => void;
  onPreview: () => void;
  disabled: boolean;
}

export function LayoutMapper({ draft, onChange, onPreview, disabled }: Props) {
  const t = useStrings(LAYOUT_STRINGS);
  const sheet = draft.sheets.find((s) => s.name === draft.sheet);
  const rowNumbers = Array.from({ length: sheet?.rows.length ?? 0 }, (_, i) => i + 1);
  const columnNumbers = Array.from({ length: sheet?.columnCount ?? 0 }, (_, i) => i + 1);
  const ready = templateOf(draft) !== null;
  return (
    <section className="panel layout-mapper" data-testid="layout-mapper" aria-label={t.title}>
      <h2 className="view-title">{t.title}</h2>
      <p className="muted">{t.intro(draft.fileName)}</p>
      <fieldset className="release-fields" disabled={disabled}>
        <SelectField
          label={t.sheet}
          testId="layout-sheet"
          value={draft.sheet}
          options={draft.sheets.map((s) => ({ value: s.name, label: s.name }))}
          onChange={(name) => onChange(draftForSheet(draft.fileName, draft.sheets, name, draft))}
        />
        <SelectField
          label={t.headerRow}
          testId="layout-header-row"
          value={String(draft.headerRow)}
          options={numberOptions(rowNumbers)}
          onChange={(r) => onChange(withGuessedColumns({ ...draft, headerRow: Number(r) }))}
        />
        <SelectField
          label={t.labelColumn}
          testId="layout-label-column"
          value={String(draft.labelColumn)}
          options={columnNumbers.map((c) => ({ value: String(c), label: columnLetter(c) }))}
          onChange={(c) => onChange(withGuessedColumns({ ...draft, labelColumn: Number(c) }))}
        />
        <SelectField
          label={t.labelKind}
          testId="layout-label-kind"
          value={draft.labelKind}
          options={LABEL_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
          onChange={(labelKind) => onChange({ ...draft, labelKind })}
        />
        <SelectField
          label={t.monthFrom}
          testId="layout-month-from"
          value={draft.monthFrom}
          options={MONTH_SOURCES.map((source) => ({ value: source, label: t.monthSources[source] }))}
          onChange={(monthFrom) => onChange({ ...draft, monthFrom })}
        />
      </fieldset>

      {sheet && (
        <div className="table-wrap">
          <table className="data-table layout-grid" data-testid="layout-grid">
            <thead>
              <tr>
                <th scope="col" />
                {columnNumbers.map((c) => (
                  <th key={c} scope="col" className={c === draft.labelColumn ? 'layout-grid__labels' : undefined}>
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.rows.map((row, i) => (
                <tr
                  key={i}
                  data-row={i + 1}
                  className={i + 1 === draft.headerRow ? 'layout-grid__header' : undefined}
                  aria-current={i + 1 === draft.headerRow ? 'true' : undefined}
                >
                  <th scope="row">{i + 1}</th>
                  {columnNumbers.map((c) => (
                    <td key={c}>{row[c - 1] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <fieldset className="layout-columns" disabled={disabled}>
        <legend className="field__label">{t.columns}</legend>
        {dataColumns(draft).map(({ column, letter, header }) => {
          const c = draft.columns[column] ?? { period: '' as ColumnPeriod, basis: 'yoy' as Basis, unit: 'index' as Unit };
          const set = (patch: Partial<typeof c>): void => onChange({ ...draft, columns: { ...draft.columns, [column]: { ...c, ...patch } } });
          return (
            <div key={column} className="layout-column" data-column={letter}>
              <span className="layout-column__name" title={header}>
                <strong>{letter}</strong> {header}
              </span>
              <select
                data-testid={`layout-column-${letter}`}
                aria-label={`${letter}: ${header}`}
                value={c.period}
                onChange={(e) => set({ period: e.target.value as ColumnPeriod })}
              >
                {COLUMN_PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {t.periods[p]}
                  </option>
                ))}
              </select>
              <select
                data-testid={`layout-basis-${letter}`}
                value={c.basis}
                disabled={c.period === ''}
                onChange={(e) => set({ basis: e.target.value as Basis })}
              >
                {COLUMN_BASES.map((b) => (
                  <option key={b} value={b}>
                    {t.bases[b]}
                  </option>
                ))}
              </select>
              <select data-testid={`layout-unit-${letter}`} value={c.unit} disabled={c.period === ''} onChange={(e) => set({ unit: e.target.value as Unit })}>
                {COLUMN_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t.units[u]}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>

      <div className="layout-mapper__actions">
        <label className="field">
          <span className="field__label">{t.saveName}</span>
          <input
            type="text"
            data-testid="layout-save-name"
            maxLength={100}
            placeholder={t.savePlaceholder}
            value={draft.saveName}
            disabled={disabled}
            onChange={(e) => onChange({ ...draft, saveName: e.target.value })}
          />
        </label>
        <button type="button" className="button button--primary" data-testid="layout-preview" disabled={disabled || !ready} onClick={onPreview}>
          {t.preview}
        </button>
      </div>
    </section>
  );
}
