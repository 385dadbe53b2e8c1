// iip import FILE... [--dry-run] [--json] [--map FILE] [--skip-unknown] [--pick KEY=VALUE|leave-out]... [--pick-all first|last|leave-out]
//                    [--template NAME] [--name TEXT] [--publisher TEXT] [--published YYYY-MM-DD] [--status estimate|preliminary|official]
// Exit 0: stored (or would be, with --dry-run) · 1: input rejected · 2: bad arguments.
import fs from 'node:fs';
import path from 'node:path';
import { STATUSES, type Status } from '../shared/domain.js';
import type { Db } from '../core/db/connection.js';
import { emptyMappings, type NameMappings } from '../core/import/pipeline/match.js';
import { templateByName } from '../core/import/repository.js';
import { commitImport } from '../core/import/pipeline/commit.js';
import { backupBefore } from '../core/backup/backup.js';
import { previewImport, type FilePreview, type ImportOptions, type ImportPreview, type PreviewFigure } from '../core/import/pipeline/preview.js';
import type { ClashDecision } from '../shared/contract/import.js';
import { UsageError } from './usage.js';
import type { Lang } from '../shared/lang.js';
import { sayWarnings } from '../shared/messages/import.js';
import { sayLocation } from '../shared/messages/place.js';
import { IMPORT_REPORT } from './import-report-words.js';
import { problemLine } from './messages.js';

export class ImportUsageError extends UsageError {}

export interface ImportArgs {
  files: string[];
  dryRun: boolean;
  json: boolean;
  mapFile?: string;
  skipUnknown: boolean;
  /** "KEY=VALUE" or "KEY=leave-out": the value kept for a figure an article states with different values. */
  picks?: string[];
  /** For every such figure no --pick names: keep the first value stated, the last, or leave it out. */
  pickAll?: string;
  /** A saved layout template (see `iip templates`) to read spreadsheets with. */
  template?: string;
  name?: string;
  publisher?: string;
  published?: string;
  status?: string;
  /** The language of the readers' messages (English by default). */
  lang?: Lang;
}

/** A mapping file: JSON {"geo": {label: code}, "item": {label: code}} or CSV with columns kind,label,code. */
export function readMappingFile(file: string): NameMappings {
  if (!fs.existsSync(file)) throw new ImportUsageError(`--map: no such file ${file}`);
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const mappings = emptyMappings();
  if (file.toLowerCase().endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ImportUsageError(`--map ${file}: not JSON (${(error as Error).message})`);
    }
    for (const kind of ['geo', 'item'] as const) {
      const table = (parsed as Record<string, unknown>)[kind];
      if (table === undefined) continue;
      if (typeof table !== 'object' || table === null) throw new ImportUsageError(`--map ${file}: "${kind}" must be an object of label → code`);
      for (const [label, code] of Object.entries(table)) {
        if (typeof code !== 'string') throw new ImportUsageError(`--map ${file}: ${kind} "${label}" must map to a code string`);
        mappings[kind][label] = code;
      }
    }
    return mappings;
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!/^kind\s*,\s*label\s*,\s*code$/i.test(lines[0] ?? '')) throw new ImportUsageError(`--map ${file}: line 1 must be the header "kind,label,code"`);
  lines.slice(1).forEach((line, i) => {
    const m = /^(geo|item)\s*,\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*,\s*(\S+)\s*$/i.exec(line);
    if (!m) throw new ImportUsageError(`--map ${file}: line ${i + 2}: expected kind,label,code (kind geo or item)`);
    mappings[m[1]!.toLowerCase() as 'geo' | 'item'][(m[2]?.replace(/""/g, '"') ?? m[3] ?? '').trim()] = m[4]!;
  });
  return mappings;
}

function validate(args: ImportArgs): void {
  if (args.files.length === 0) throw new ImportUsageError('give at least one FILE to import');
  for (const f of args.files) if (!fs.existsSync(f)) throw new ImportUsageError(`no such file: ${f}`);
  if (args.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.published))
    throw new ImportUsageError(`--published must be YYYY-MM-DD, got '${args.published}'`);
  if (args.status !== undefined && !(STATUSES as readonly string[]).includes(args.status))
    throw new ImportUsageError(`--status must be one of ${STATUSES.join(', ')}`);
  if (args.pickAll !== undefined && !PICK_ALL.includes(args.pickAll)) throw new ImportUsageError(`--pick-all must be one of ${PICK_ALL.join(', ')}`);
}

const PICK_ALL = ['first', 'last', 'leave-out'];

/** "VN/TOTAL/iip/2025-07/yoy/pct=8.4" → key and decision. */
function parsePicks(picks: string[]): Map<string, ClashDecision> {
  const out = new Map<string, ClashDecision>();
  for (const pick of picks) {
    const m = /^(.+)=(leave-out|[+-]?\d+(?:\.\d+)?)$/.exec(pick.trim());
    if (!m) throw new ImportUsageError(`--pick must be KEY=VALUE or KEY=leave-out (KEY as the preview prints it), got '${pick}'`);
    out.set(m[1]!, m[2] === 'leave-out' ? 'leave-out' : Number(m[2]));
  }
  return out;
}

/** The choices for the clashes of a preview: the picks given by key, then --pick-all for the rest. */
function clashChoices(
  preview: ImportPreview | null,
  picks: Map<string, ClashDecision>,
  pickAll: string | undefined,
): NonNullable<ImportOptions['clashChoices']> {
  const choices: NonNullable<ImportOptions['clashChoices']> = [];
  for (const file of preview?.files ?? []) {
    for (const c of file.clashes) {
      const picked = picks.get(c.key);
      const all = pickAll === 'first' ? c.options[0]!.value : pickAll === 'last' ? c.options.at(-1)!.value : pickAll === 'leave-out' ? 'leave-out' : undefined;
      const choice = picked ?? all;
      if (choice !== undefined) choices.push({ file: file.fileName, key: c.key, choice });
    }
  }
  return choices;
}

function clashLines(f: FilePreview, lang: Lang): string[] {
  if (f.clashes.length === 0) return [];
  const words = IMPORT_REPORT[lang];
  const lines = [words.clashes(f.clashes.length)];
  for (const c of f.clashes) {
    const values = c.options.map((o) => `${o.value}${o.location ? ` (${lang === 'en' ? o.location : sayLocation(o.location, lang)})` : ''}`).join(' · ');
    const decided = c.chosen === null ? words.undecided : c.chosen === 'leave-out' ? words.leftOut : words.keeps(String(c.chosen));
    lines.push(`    ${c.key} — ${c.item.name}, ${c.period} ${c.basis}: ${values} — ${decided}`);
  }
  return lines;
}

export function figureJson(file: string, f: PreviewFigure): Record<string, unknown> {
  return {
    file,
    geo: { code: f.geo.code, name: f.geo.name },
    item: { code: f.item.code, name: f.item.name },
    measure: f.measure,
    period: f.period,
    basis: f.basis,
    unit: f.unit,
    ...(f.baseYear ? { baseYear: f.baseYear } : {}),
    value: f.value,
    status: f.status,
    change: f.change,
    ...(f.change === 'revised' ? { oldValue: f.oldValue } : {}),
    ...(f.change === 'history' ? { shownValue: f.shownValue, shownPublishedOn: f.shownPublishedOn } : {}),
    location: f.location ?? null,
  };
}

function report(preview: ImportPreview, dryRun: boolean, stored: string[], lang: Lang): string[] {
  const words = IMPORT_REPORT[lang];
  const lines: string[] = [];
  for (const f of preview.files) {
    const { counts } = f;
    lines.push(words.file(f.fileName, f.format, { figures: f.figures.length + (f.unlisted ?? 0), ...counts, skipped: counts.skipped ?? 0 }));
    lines.push(words.release(f.release.name, f.release.publishedOn, f.release.status));
    lines.push(words.shown(counts.shown, counts.history ?? 0));
    if (f.alreadyImported?.sameFigures) lines.push(words.alreadySame(f.alreadyImported.releaseId, f.alreadyImported.name));
    else if (f.alreadyImported) lines.push(words.already(f.alreadyImported.releaseId, f.alreadyImported.name));
    for (const r of f.figures.filter((x) => x.change === 'revised').slice(0, 10)) {
      if (r.change === 'revised') {
        const value = r.unit === 'index' && (r.basis === 'yoy' || r.basis === 'mom') ? `${r.value} (${words.index})` : r.value;
        lines.push(`  ${words.revised}: ${r.geo.code} ${r.item.name}, ${r.period} ${r.basis}: ${r.oldValue} → ${value}`);
      }
    }
    for (const r of f.figures.filter((x) => x.change === 'history').slice(0, 10)) {
      if (r.change === 'history')
        lines.push(words.history(`${r.geo.code} ${r.item.name}, ${r.period} ${r.basis}`, String(r.value), String(r.shownValue), r.shownPublishedOn));
    }
    lines.push(...clashLines(f, lang));
    for (const w of sayWarnings(f, lang)) lines.push(`  ${words.warning}: ${w}`);
  }
  for (const e of preview.errors) lines.push(`${words.error}: ${problemLine(e, lang)}`);
  if (preview.unknown.length > 0) {
    lines.push(words.unknownNames);
    for (const u of preview.unknown) {
      const hint = u.suggestions.length ? words.didYouMean(u.suggestions.map((s) => `${s.code} ${s.nameVi}`).join(' / ')) : '';
      const places = u.places.map((p) => (lang === 'en' ? p : sayLocation(p, lang))).join(', ');
      lines.push(`  ${words.kinds[u.kind]} '${u.label}' ${words.at(places)}${hint}`);
    }
  }
  if (dryRun) lines.push(preview.ready ? words.dryRunReady : words.dryRunRefused);
  else if (!preview.ready) lines.push(words.nothingStored);
  else lines.push(...stored);
  return lines;
}

/** Runs the import command; returns the exit code. */
export async function runImport(db: Db, args: ImportArgs, out: (line: string) => void): Promise<number> {
  validate(args);
  const mappings = args.mapFile ? readMappingFile(args.mapFile) : emptyMappings();
  const sources = args.files.map((file) => ({ fileName: path.basename(file), path: file }));
  const release = { name: args.name, publisher: args.publisher, publishedOn: args.published, status: args.status as Status | undefined };
  const template = args.template === undefined ? undefined : templateByName(db, args.template)?.definition;
  if (args.template !== undefined && !template) throw new ImportUsageError(`--template: no saved template '${args.template}' (see iip templates)`);
  const picks = parsePicks(args.picks ?? []);
  const options: ImportOptions = {
    mappings,
    skipUnknown: args.skipUnknown,
    release: Object.fromEntries(Object.entries(release).filter(([, v]) => v !== undefined)),
    ...(template ? { template } : {}),
  };
  // Clashes are known once the files are read: read, then read again with the choices for them.
  let preview = await previewImport(db, sources, options);
  const choices = clashChoices(preview, picks, args.pickAll);
  if (choices.length > 0) preview = await previewImport(db, sources, { ...options, clashChoices: choices });
  const named = new Set(preview.files.flatMap((f) => f.clashes.map((c) => c.key)));
  const words = IMPORT_REPORT[args.lang ?? 'en'];
  for (const key of picks.keys()) if (!named.has(key)) out(`${words.warning}: ${words.unusedPick(key)}`);
  let stored: string[] = [];
  let releases: { id: number; name: string; fileName: string; figureCount: number }[] = [];
  if (preview.ready && !args.dryRun) {
    await backupBefore(db, 'import');
    const result = commitImport(db, preview, mappings);
    releases = result.releases;
    stored = [
      ...result.releases.map((r) => words.stored(r.id, r.name, r.figureCount)),
      ...result.alreadyImported.map((a) =>
        a.sameFigures ? words.storedAlreadySame(a.fileName, a.releaseId, a.name) : words.storedAlready(a.fileName, a.releaseId),
      ),
    ];
  }
  if (args.json) {
    out(
      JSON.stringify(
        {
          ok: preview.ready,
          dryRun: args.dryRun,
          stored: preview.ready && !args.dryRun,
          files: preview.files.map(({ figures: _f, unknown: _u, ...f }) => f),
          figures: preview.files.flatMap((f) => f.figures.map((x) => figureJson(f.fileName, x))),
          unknown: preview.unknown,
          errors: preview.errors,
          releases,
        },
        null,
        2,
      ),
    );
  } else for (const line of report(preview, args.dryRun, stored, args.lang ?? 'en')) out(line);
  return preview.ready ? 0 : 1;
}
