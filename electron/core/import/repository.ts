// Layout templates: named mappings of a spreadsheet's layout, found again by the sheet's shape.
import { xlsxTemplateSchema, type TemplateSummary, type XlsxTemplate } from '../../shared/xlsx-template.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { writeTransaction } from '../db/transactions.js';

interface TemplateRow {
  id: number;
  name: string;
  definition: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** A stored definition parsed back; one that no longer fits the schema is left out rather than crash the import. */
function toSummary(row: TemplateRow): TemplateSummary | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.definition);
  } catch {
    return null;
  }
  const checked = xlsxTemplateSchema.safeParse(parsed);
  if (!checked.success) return null;
  return { id: row.id, name: row.name, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, definition: { ...checked.data, name: row.name } };
}

export function listTemplates(db: Db): TemplateSummary[] {
  const rows = statement<TemplateRow>(db, 'SELECT id, name, definition, createdAt, lastUsedAt FROM importTemplates ORDER BY name').all();
  return rows.map(toSummary).filter((t): t is TemplateSummary => t !== null);
}

export function templateByName(db: Db, name: string): TemplateSummary | null {
  const row = statement<TemplateRow>(db, 'SELECT id, name, definition, createdAt, lastUsedAt FROM importTemplates WHERE name = ?').get(name.trim());
  return row ? toSummary(row) : null;
}

/** Saves a template under its name, replacing one of the same name (the user re-mapped it). */
export function saveTemplate(db: Db, template: XlsxTemplate, now = new Date().toISOString()): number {
  const definition = JSON.stringify(xlsxTemplateSchema.parse(template));
  statement(
    db,
    `INSERT INTO importTemplates (name, definition, createdAt) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET definition = excluded.definition`,
  ).run(template.name.trim(), definition, now);
  return statement<{ id: number }>(db, 'SELECT id FROM importTemplates WHERE name = ?').get(template.name.trim())!.id;
}

export function markTemplateUsed(db: Db, name: string, now = new Date().toISOString()): void {
  statement(db, 'UPDATE importTemplates SET lastUsedAt = ? WHERE name = ?').run(now, name);
}

export function deleteTemplate(db: Db, name: string): boolean {
  return writeTransaction(db, () => statement(db, 'DELETE FROM importTemplates WHERE name = ?').run(name.trim()).changes > 0);
}
