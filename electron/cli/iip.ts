// `iip`: the command line over the same store and handler table as the app.
//   iip series [--search TEXT] [--as-of DATE] [--json]
//   iip get --geo CODE|NAME --item CODE|NAME --period P --basis yoy|mom [--measure M] [--as-of DATE] [--json]
//   iip get … --transform SPEC [--basis B]   (see transform-command.ts)
//   iip history --geo G --item I (--period P | --basis B) … (see history-command.ts)
//   iip releases [--as-of DATE] [--json]
//   iip templates [--json] [--delete NAME]
//   iip names [--json] [--forget LABEL [--kind geo|item]]
//   iip notes add|list|rm|export|import … (see notes-command.ts)
//   iip export --geo G[,G…] --item I[,I…] (--period P | --from P --to P) --basis B … --out FILE (see export-command.ts)
//   iip deck list|refresh NAME|export NAME --out FILE.pptx (see deck-command.ts)
//   iip places --geo G [--json] (see places-command.ts: a place across the 1 July 2025 merger)
//   iip check --consistency [--release ID] [--as-of DATE] [--json] (see check-command.ts; exit 1 when an inconsistency is found)
//   iip weights import FILE | list, iip contributions --period P … (see contributions-command.ts)
//   iip backup FILE, iip restore FILE|NAME, iip backups [--keep N], iip check (see backup-command.ts)
// Common: --db PATH (or IIP_DB). Exit 0 ok, 1 no such figure / rejected input, 2 bad arguments,
// 75 the store is busy (another process kept its write lock past the busy timeout; nothing changed),
// 77 a write to a store a newer version of the app wrote (read-only here: reads answer, nothing is written).
// Each command's code (and the handler table, for those that call it) is imported when that command
// runs, so `iip get` loads only the store and one figure's read (get-command.ts).
import { parseArgs } from 'node:util';
import type { Channel, In, Out } from '../shared/contract/index.js';
import type { Core } from '../core/handlers.js';
import { busyTimeoutMs } from '../core/db/connection.js';
import { storeBusyMessage } from '../core/db/transactions.js';
import { BusyError, errorCodeOf, NewerStoreError } from '../core/errors.js';
import { examineFile } from '../core/backup/file-shape.js';
import { isStoreFault, storeFaultMessage } from '../core/errors.js';
import { defaultStorePath } from '../core/paths.js';
import { openReadyStore } from '../core/store-ready.js';
import type { Store } from '../core/store.js';
import { runGet } from './get-command.js';
import { renderTable } from './format.js';
import { COMMANDS, COMMON, TAKES_POSITIONALS, type Command } from './options.js';
import { EXIT_BUSY, EXIT_READ_ONLY, UsageError } from './usage.js';
import { unhandledRefusal } from './failure.js';
import { cliLang, errorText } from './messages.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** Resolves once what `out` wrote has been taken (a pipe's reader keeps up): commands printing millions of lines await it. */
  drained?: () => Promise<void>;
}

const USAGE = `Usage:
  iip series [--search TEXT] [--as-of YYYY-MM-DD] [--json]   (with --as-of: the series with a figure published by then)
  iip get --geo CODE|NAME --item CODE|NAME --period PERIOD --basis yoy|mom|base|level [--measure iip|output|contribution] [--as-of YYYY-MM-DD] [--json]
  iip get --geo G --item I --period PERIOD --transform yoy|mom|ytd|rebase:YEAR|chain|ma3|ma12|annual|quarterly|cumulative|tet [--basis B] [--measure M] [--as-of D] [--json]
          (the series transformed, at PERIOD; without --basis it starts from the index on its base year where there is one; see docs/analysis.md)
  iip history --geo G --item I --period PERIOD [--basis B] [--measure M] [--as-of D] [--json]   (a figure's vintages: first estimate, each revision)
  iip history --geo G --item I --basis B [--measure M] [--as-of D] [--json]   (each period's first → latest value, and the mean absolute revision)
  iip releases [--as-of YYYY-MM-DD] [--json]   (with --as-of: the releases published by then)
  iip import FILE... [--dry-run] [--json] [--map FILE] [--skip-unknown] [--pick KEY=VALUE|leave-out]... [--pick-all first|last|leave-out] [--template NAME] [--name TEXT] [--publisher TEXT] [--published YYYY-MM-DD] [--status estimate|preliminary|official]
  iip undo RELEASE-ID
  iip templates [--json] [--delete NAME]   (saved layout templates for spreadsheets; use one with iip import FILE --template NAME)
  iip names [--json] [--forget LABEL [--kind geo|item]]   (names matched by hand in earlier imports)
  iip notes add --geo G --item I [--measure M] [--basis B] [--period P | --from P --to P] --text TEXT [--author NAME] [--tag T]... [--status draft|approved]
  iip notes list [--geo G] [--item I] [--author A] [--tag T] [--search TEXT] [--json]
  iip notes rm ID
  iip notes export FILE [--author A] [--tag T]
  iip notes import FILE [--dry-run] [--json]   (a colleague's .iipnotes file; merged by note identity)
  iip export --geo G[,G…] --item I[,I…] (--period P | --from P --to P) --basis yoy|mom|base|level [--measure iip|output|contribution]
             [--chart line|bar] [--transform SPEC] [--title TEXT] [--lang vi|en] [--as-of YYYY-MM-DD] [--scale 1|2|3] [--transparent] [--picture] --out FILE [--json]
             (the extension picks the format: .pptx (a native chart), .png (1200 × 675 times --scale), .svg, .pdf, .csv, .xlsx;
             a line over --from..--to, or bars ranking the subjects at --period; --transparent: a picture without its white background)
  iip deck list [--json]
  iip deck refresh NAME [--json]   (the numbers that changed on the deck's slides since it was last refreshed)
  iip deck export NAME --out FILE.pptx [--aspect 16:9|4:3]
  iip check --consistency [--release ID] [--as-of YYYY-MM-DD] [--json]
             (figures that should agree but differ beyond rounding, and revisions of first estimates;
             exit 1 when any inconsistency is found, 0 when none: revisions alone are not failures)
  iip weights import FILE [--json]   (sections' weights per base year, CSV: see docs/weights.md; a base year imported again is replaced)
  iip weights list [--geo G] [--json]
  iip contributions --period P[,P…] [--geo G] [--basis yoy|mom] [--as-of YYYY-MM-DD] [--json]
             (each section's growth, weight, computed and stated contribution in percentage points; flags differences beyond rounding)
  iip backup FILE   (a copy of the store, checked: it opens, passes SQLite's integrity check, is a store of this app)
  iip restore FILE|NAME   (a backup over the store; the store as it was is kept as a backup first, so a restore can be undone)
  iip backups [--keep N] [--json]   (the backups kept beside the store, made before every import, undo, notes import and upgrade; --keep: how many, 0 for none)
  iip check [--json]   (the store's integrity: SQLite's integrity and foreign key checks, each release's figures against their digest; exit 1 naming each problem)
  iip places --geo CODE|NAME [--json]   (a place across the 1 July 2025 merger: a locality's former provinces, or a province's successor and the provinces merged with it)
Options for every command: --db PATH (default: the app's store, or $IIP_DB)
Exit codes: 0 done, 1 no such figure or input refused, 2 bad arguments, 75 the store is busy (another import
  or the app is writing to it: waited 5 s, or $IIP_BUSY_TIMEOUT_MS; nothing was changed, run it again later),
  77 the command would write to a store a newer version of IIP Explorer wrote: this one opens it read-only
  (reads and iip check answer; nothing is written: update the app to change it)
Periods: 2025-11 (month), 2025-01..2025-11 (January to November), 2025-Q2, 2025`;

type ParsedArgs = { [option: string]: string | boolean | string[] | undefined; _: string[] };

function parse(command: Command, args: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...COMMON, ...COMMANDS[command] },
      strict: true,
      allowPositionals: TAKES_POSITIONALS.includes(command),
    });
    return { ...(values as Record<string, string | boolean | undefined>), _: [...positionals] };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ''));
  }
}

/** `iip names`: the names matched by hand; `--forget LABEL` makes imports ask about LABEL again. */
async function names(core: Core, values: ParsedArgs, json: boolean, io: CliIo): Promise<number> {
  const kind = values.kind as string | undefined;
  if (kind !== undefined && kind !== 'geo' && kind !== 'item') throw new UsageError(`--kind: expected geo or item, got '${kind}'`);
  const remembered = await call(core, 'aliases:list', {});
  if (values.forget === undefined) {
    const shown = remembered.filter((n) => kind === undefined || n.kind === kind);
    if (json) io.out(JSON.stringify(shown, null, 2));
    else if (shown.length === 0) io.out('No names matched by hand.');
    else
      io.out(
        renderTable(
          ['kind', 'name in files', 'code', 'matched to'],
          shown.map((n) => [n.kind, n.folded, n.code, n.nameVi]),
        ),
      );
    return 0;
  }
  const { nameKey } = await import('../shared/text.js');
  const label = nameKey(values.forget as string);
  const matching = remembered.filter((n) => n.folded === label && (kind === undefined || n.kind === kind));
  if (matching.length === 0) {
    io.err(`iip names: '${String(values.forget)}' is not a name matched by hand (see iip names)`);
    return 1;
  }
  for (const n of matching) await call(core, 'aliases:forget', { kind: n.kind, folded: n.folded, code: n.code });
  io.out(json ? JSON.stringify({ forgotten: matching }) : matching.map((n) => `Forgot ${n.kind} '${n.folded}' → ${n.code} (${n.nameVi}).`).join('\n'));
  return 0;
}

async function call<C extends Channel>(core: Core, channel: C, input: In<C>): Promise<Out<C>> {
  const { dispatch } = await import('../core/dispatch.js');
  const result = await dispatch(core.handlers, channel, input);
  if (result.ok) return result.value as Out<C>;
  if (result.error.code === 'bad-input' || result.error.code === 'not-found') throw new UsageError(result.error.message);
  throw unhandledRefusal(result.error);
}

function required(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v;
}

/** The commands on the store itself, run without opening it the usual way; `iip check` without --consistency is one. */
function storeCommandOf(command: Command, values: ParsedArgs): 'backup' | 'restore' | 'backups' | 'check' | null {
  if (command === 'backup' || command === 'restore' || command === 'backups') return command;
  if (command === 'check' && values.consistency !== true && values.release === undefined && values['as-of'] === undefined) return 'check';
  return null;
}

/** Commands that write to the store without the checked backup that imports, undos and notes imports make first. */
function writesWithoutBackup(command: Command, values: ParsedArgs): boolean {
  const sub = values._[0];
  if (command === 'notes') return (sub === 'add' || sub === 'rm') && values['dry-run'] !== true;
  if (command === 'weights') return sub === 'import';
  if (command === 'templates') return values.delete !== undefined;
  if (command === 'names') return values.forget !== undefined;
  return false;
}

/** Commands that write to the store: refused before they read anything on a newer app's store (as the table refuses their channels). */
function writesTheStore(command: Command, values: ParsedArgs): boolean {
  const sub = values._[0];
  if (command === 'import' || command === 'undo') return true;
  if (command === 'deck') return sub === 'refresh';
  if (command === 'notes' && sub === 'import') return values['dry-run'] !== true;
  return writesWithoutBackup(command, values);
}

/** The store migrated and ready; a newer app's store read-only, unless the command writes to it (NewerStoreError: exit 77). */
async function openForCommand(storeFile: string, command: Command, values: ParsedArgs): Promise<Store> {
  try {
    return await openReadyStore(storeFile);
  } catch (error) {
    if (!(error instanceof NewerStoreError) || writesTheStore(command, values)) throw error;
    return (await import('../core/backup/start.js')).openNewer(storeFile, error);
  }
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  let store: Store | undefined;
  let core: Core | undefined;
  let storeFile = defaultStorePath(io.env);
  let storesOrRemovesRelease = false;
  try {
    if (!(command in COMMANDS)) throw new UsageError(`unknown command '${command}'`);
    const values = parse(command as Command, rest);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (typeof values.db === 'string') storeFile = values.db;
    storesOrRemovesRelease = (command === 'import' || command === 'undo') && values['dry-run'] !== true;
    const json = values.json === true;
    const storeCommand = storeCommandOf(command as Command, values);
    if (storeCommand) return await (await import('./backup-command.js')).runStoreCommand(storeCommand, values, storeFile, json, io);
    const shape = examineFile(storeFile);
    if (shape.kind !== 'missing' && shape.kind !== 'fine') return (await import('./backup-command.js')).refuseBadFile(storeFile, shape, io);
    const opened = (store = await openForCommand(storeFile, command as Command, values));
    // a write that makes no backup first (whose check would catch damage) checks the store itself
    if (writesWithoutBackup(command as Command, values)) (await import('./backup-command.js')).assertSound(opened.db);
    // The handler table, built (and its modules loaded) for the commands that call it.
    const table = async (): Promise<Core> => {
      if (!core) {
        const { createCore } = await import('../core/handlers.js');
        core = createCore({ db: opened.db, storePath: opened.path });
      }
      return core;
    };
    switch (command as Command) {
      case 'series': {
        // Every matching series in one page (no limit): the command prints them all.
        const { groups } = await call(await table(), 'catalog:list', {
          search: values.search as string | undefined,
          asOf: values['as-of'] as string | undefined,
        });
        const series = groups.flatMap((g) => g.series.map((s) => ({ group: g.key, ...s })));
        if (json) io.out(JSON.stringify(series, null, 2));
        else
          io.out(
            renderTable(
              ['id', 'group', 'geo', 'item', 'measure', 'figures', 'periods'],
              series.map((s) => [
                String(s.id),
                s.group,
                `${s.geo.code} ${s.geo.nameVi}`,
                `${s.item.code} ${s.item.nameVi}`,
                s.measure,
                String(s.figureCount),
                `${s.firstPeriod}..${s.lastPeriod}`,
              ]),
            ),
          );
        return 0;
      }
      case 'get': {
        if (values.transform === undefined) return runGet(store.db, values, json, io);
        const { runTransformedGet } = await import('./transform-command.js');
        return runTransformedGet(
          store.db,
          {
            geo: required(values, 'geo'),
            item: required(values, 'item'),
            period: required(values, 'period'),
            spec: required(values, 'transform'),
            basis: values.basis as string | undefined,
            measure: values.measure as string | undefined,
            asOf: values['as-of'] as string | undefined,
          },
          json,
          io,
        );
      }
      case 'history': {
        const { runHistory } = await import('./history-command.js');
        return runHistory(store.db, values, json, io);
      }
      case 'releases': {
        const releases = await call(await table(), 'releases:list', { asOf: values['as-of'] as string | undefined });
        if (json) io.out(JSON.stringify(releases, null, 2));
        else
          io.out(
            renderTable(
              ['id', 'published', 'status', 'figures', 'name', 'file'],
              releases.map((r) => [String(r.id), r.publishedOn + (r.publishedOnNote ? '*' : ''), r.status, String(r.figureCount), r.name, r.sourceFile]),
            ),
          );
        return 0;
      }
      case 'import': {
        const { runImport } = await import('./import-command.js');
        return await runImport(
          store.db,
          {
            files: values._,
            dryRun: values['dry-run'] === true,
            json,
            mapFile: values.map as string | undefined,
            skipUnknown: values['skip-unknown'] === true,
            picks: (values.pick as string[] | undefined) ?? [],
            pickAll: values['pick-all'] as string | undefined,
            template: values.template as string | undefined,
            name: values.name as string | undefined,
            publisher: values.publisher as string | undefined,
            published: values.published as string | undefined,
            lang: cliLang(io.env),
            status: values.status as string | undefined,
          },
          io.out,
        );
      }
      case 'templates': {
        if (values.delete !== undefined) {
          const { deleted } = await call(await table(), 'templates:delete', { name: values.delete as string });
          if (!deleted) {
            io.err(`iip templates: no saved template '${String(values.delete)}'`);
            return 1;
          }
          io.out(json ? JSON.stringify({ deleted: values.delete }) : `Deleted the layout template '${String(values.delete)}'.`);
          return 0;
        }
        const templates = await call(await table(), 'templates:list', {});
        if (json) io.out(JSON.stringify(templates, null, 2));
        else if (templates.length === 0) io.out('No saved layout templates. Map a spreadsheet in the Import tab and save its layout as a template.');
        else
          io.out(
            renderTable(
              ['name', 'sheet', 'names', 'columns', 'created', 'last used'],
              templates.map((t) => [
                t.name,
                t.definition.sheet,
                t.definition.labelKind === 'geo' ? 'localities' : 'industries',
                String(t.definition.columns.length),
                t.createdAt.slice(0, 10),
                t.lastUsedAt?.slice(0, 10) ?? '-',
              ]),
            ),
          );
        return 0;
      }
      case 'names':
        return await names(await table(), values, json, io);
      case 'notes': {
        const { runNotes } = await import('./notes-command.js');
        return await runNotes(await table(), values, json, io);
      }
      case 'export': {
        const { runExport } = await import('./export-command.js');
        return await runExport(store.db, values, json, io);
      }
      case 'deck': {
        const { runDeck } = await import('./deck-command.js');
        return await runDeck(await table(), values, json, io);
      }
      case 'check': {
        const { runCheck } = await import('./check-command.js');
        return await runCheck(store.db, values, json, io);
      }
      case 'weights': {
        const { runWeights } = await import('./contributions-command.js');
        return await runWeights(await table(), values, json, io);
      }
      case 'contributions': {
        const { runContributions } = await import('./contributions-command.js');
        return await runContributions(await table(), values, json, io);
      }
      case 'places': {
        const { runPlaces } = await import('./places-command.js');
        return await runPlaces(await table(), values, json, io);
      }
      case 'undo': {
        const id = Number(values._[0]);
        if (values._.length !== 1 || !Number.isInteger(id) || id <= 0) throw new UsageError('give one RELEASE-ID (see iip releases)');
        const { undone } = await call(await table(), 'releases:undo', { releaseId: id });
        if (!undone) {
          io.err(`iip undo: no release ${id}`);
          return 1;
        }
        io.out(json ? JSON.stringify({ undone: id }) : `Removed release ${id} and its figures; what it revised shows again.`);
        return 0;
      }
    }
    return 2;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`iip ${command}: ${error.message}`);
      io.err('Run `iip --help` for usage.');
      return 2;
    }
    if (errorCodeOf(error) === 'busy') {
      io.err(`iip ${command}: ${error instanceof BusyError ? error.message : storeBusyMessage(busyTimeoutMs(io.env))}`);
      return EXIT_BUSY;
    }
    if (errorCodeOf(error) === 'forbidden') {
      io.err(`iip ${command}: ${error instanceof Error ? error.message : String(error)}; nothing was changed`);
      return EXIT_READ_ONLY;
    }
    if (isStoreFault(error)) {
      io.err(`iip ${command}: ${storeFaultMessage(error)}`);
      io.err((await import('./backup-command.js')).wayOut(storeFile));
      return 1;
    }
    io.err(`iip ${command}: ${errorText(error, cliLang(io.env))}`);
    return 1;
  } finally {
    if (store && storesOrRemovesRelease) await restatePendingPoints(store, command, io);
    core?.close();
    store?.db.close();
  }
}

/**
 * The shown points a release stored or undone left pending (core/figures/pending-points.ts),
 * restated before the command exits. Another process writing meanwhile (busy) leaves them to it or
 * to the next opening of the store: charts read them from the figures until then.
 */
async function restatePendingPoints(store: Store, command: string, io: CliIo): Promise<void> {
  if (!store.db.open || store.db.readonly) return;
  const { anyPendingPoints, drainAllPendingPoints } = await import('../core/figures/pending-points.js');
  try {
    if (anyPendingPoints(store.db)) drainAllPendingPoints(store.db);
  } catch (error) {
    if (errorCodeOf(error) === 'busy') return;
    // the release is stored (or removed) all the same
    io.err(`iip ${command}: the points charts draw are restated when the store is next opened (${error instanceof Error ? error.message : String(error)})`);
  }
}
