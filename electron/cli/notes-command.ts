// `iip notes`: write, list, remove, export and import notes from the command line.
//   iip notes add --geo G --item I [--measure M] [--basis B] [--period P | --from P --to P] --text TEXT [--author NAME] [--tag T]... [--status draft|approved]
//   iip notes list [--geo G] [--item I] [--author A] [--tag T] [--search TEXT] [--json]
//   iip notes rm ID · iip notes export FILE [--author A] [--tag T] · iip notes import FILE [--dry-run] [--json]
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core/handlers.js';
import { dispatch } from '../core/dispatch.js';
import type { Channel, In, Out } from '../shared/contract/index.js';
import type { NoteAnchorRequest, NoteImportReport, NoteView } from '../shared/contract/notes.js';
import { NOTES_FILE_MAX_BYTES } from '../shared/contract/notes.js';
import { renderTable } from './format.js';
import { UsageError } from './usage.js';
import { unhandledRefusal } from './failure.js';
import { cliLang, errorText, RefusalError } from './messages.js';

export class NotesUsageError extends UsageError {
  override name = 'NotesUsageError';
}
/** Input the command read and refused (a notes file): exit 1, not a usage error. */
class RejectedInput extends RefusalError {}

type Values = { [option: string]: string | boolean | string[] | undefined; _: string[] };
type Io = { out: (line: string) => void; err: (line: string) => void; env?: NodeJS.ProcessEnv };

async function call<C extends Channel>(core: Core, channel: C, input: In<C>, refusalIs: 'usage' | 'rejected' = 'usage'): Promise<Out<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (result.ok) return result.value as Out<C>;
  const { code, message } = result.error;
  if (code === 'bad-input' || code === 'not-found') throw refusalIs === 'usage' ? new NotesUsageError(message) : new RejectedInput(result.error.said, message);
  throw unhandledRefusal(result.error);
}

const text = (values: Values, name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

function anchorFrom(values: Values): NoteAnchorRequest {
  const geo = text(values, 'geo');
  const item = text(values, 'item');
  if (!geo || !item) throw new NotesUsageError('--geo and --item are required');
  const [period, from, to] = [text(values, 'period'), text(values, 'from'), text(values, 'to')];
  const measure = text(values, 'measure') as NoteAnchorRequest['measure'];
  const basis = text(values, 'basis') as 'yoy' | undefined;
  if (period && (from || to)) throw new NotesUsageError('give --period or --from/--to, not both');
  if (Boolean(from) !== Boolean(to)) throw new NotesUsageError('a range needs both --from and --to');
  if (period) return { scope: 'figure', geo, item, measure, basis: basis ?? 'yoy', period } as NoteAnchorRequest;
  if (from && to) return { scope: 'range', geo, item, measure, from, to } as NoteAnchorRequest;
  return { scope: 'series', geo, item, measure, basis: basis ?? null } as NoteAnchorRequest;
}

function anchorText(n: NoteView): string {
  const a = n.anchor;
  const series = a.geo ? `${a.geo}/${a.item}/${a.measure}` : 'every chart';
  if (a.scope === 'figure') return `${series} ${a.period} ${a.basis}`;
  if (a.scope === 'range') return `${series} ${a.from}..${a.to}`;
  return `${series}${a.basis ? ` ${a.basis}` : ''}`;
}

const oneLine = (t: string): string => (t.length > 60 ? `${t.slice(0, 59)}…` : t).replace(/\n/g, ' ⏎ ');

function listing(notes: NoteView[]): string {
  if (notes.length === 0) return 'No notes.';
  return renderTable(
    ['id', 'anchor', 'status', 'author', 'tags', 'attached', 'text'],
    notes.map((n) => [n.id.slice(0, 8), anchorText(n), n.status, n.author, n.tags.join(', '), n.attached ? 'yes' : 'no', oneLine(n.text)]),
  );
}

function reportText(r: NoteImportReport): string {
  const c = r.counts;
  const verb = r.committed ? 'Imported' : 'Would import (dry run)';
  return `${verb} ${r.fileName}: ${c.new} new, ${c.changed} changed, ${c.identical} identical, ${c.older} older than ours, ${c.conflict} in conflict, ${c.unattached} unattached.`;
}

/** A note's id from its full form or the first characters the list shows. */
async function fullId(core: Core, prefix: string): Promise<string> {
  const { notes } = await call(core, 'notes:list', { includeDeleted: true });
  const matching = notes.filter((n) => n.id.startsWith(prefix));
  if (matching.length === 1) return matching[0]!.id;
  throw new RejectedInput(
    undefined,
    matching.length === 0 ? `no note '${prefix}' (see iip notes list)` : `'${prefix}' is the start of ${matching.length} notes' ids: give more of it`,
  );
}

export async function runNotes(core: Core, values: Values, json: boolean, io: Io): Promise<number> {
  const [verb, ...args] = values._;
  const filter = {
    geo: text(values, 'geo'),
    item: text(values, 'item'),
    author: text(values, 'author'),
    tag: (values.tag as string[] | undefined)?.[0],
    search: text(values, 'search'),
  };
  try {
    switch (verb) {
      case 'add': {
        const status = text(values, 'status') ?? 'draft';
        if (status !== 'draft' && status !== 'approved') throw new NotesUsageError(`--status: expected draft or approved, got '${status}'`);
        const body = text(values, 'text');
        if (!body) throw new NotesUsageError('--text is required');
        const note = await call(core, 'notes:add', {
          anchor: anchorFrom(values),
          text: body,
          author: text(values, 'author'),
          tags: (values.tag as string[] | undefined) ?? [],
          status,
        });
        io.out(
          json
            ? JSON.stringify(note, null, 2)
            : `Added note ${note.id} on ${anchorText(note)}${note.attached ? '' : ' (not in the store yet: kept unattached)'}.`,
        );
        return 0;
      }
      case 'list': {
        const { notes } = await call(core, 'notes:list', filter);
        io.out(json ? JSON.stringify(notes, null, 2) : listing(notes));
        return 0;
      }
      case 'rm': {
        if (args.length !== 1) throw new NotesUsageError('give one note ID (see iip notes list)');
        const note = await call(core, 'notes:delete', { id: await fullId(core, args[0]!) });
        io.out(json ? JSON.stringify({ deleted: note.id }) : `Deleted note ${note.id}.`);
        return 0;
      }
      case 'export': {
        if (args.length !== 1) throw new NotesUsageError('give one FILE to write');
        const file = await call(core, 'notes:export', filter);
        fs.writeFileSync(args[0]!, file.content);
        io.out(json ? JSON.stringify({ file: args[0], notes: file.count }) : `Wrote ${file.count} notes to ${args[0]}.`);
        return 0;
      }
      case 'import': {
        if (args.length !== 1) throw new NotesUsageError('give one .iipnotes FILE');
        const file = args[0]!;
        const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
        if (size === undefined) throw new RejectedInput(undefined, `${file}: no such file`);
        if (size > NOTES_FILE_MAX_BYTES)
          throw new RejectedInput(undefined, `${file}: is ${size} bytes; notes files are read up to ${NOTES_FILE_MAX_BYTES} bytes (8 MiB)`);
        const input = { fileName: path.basename(file), content: fs.readFileSync(file, 'utf8') };
        const report = await call(core, values['dry-run'] === true ? 'notes:import-preview' : 'notes:import', input, 'rejected');
        io.out(json ? JSON.stringify(report, null, 2) : reportText(report));
        return 0;
      }
      default:
        throw new NotesUsageError(
          verb === undefined ? 'give add, list, rm, export or import' : `unknown notes command '${verb}' (add, list, rm, export, import)`,
        );
    }
  } catch (error) {
    if (error instanceof RejectedInput) {
      io.err(`iip notes: ${errorText(error, cliLang(io.env ?? {}))}`);
      return 1;
    }
    throw error;
  }
}
