// The preview of an import: read each file, match its names and compare it with the store, so the
// user sees what would change before anything is stored (commit.ts stores it).
import { said, sayImport } from '../../../shared/messages/import.js';
import { isStoreFault } from '../../errors.js';
import type { ReleaseInput, Status } from '../../../shared/domain.js';
import { DATE_NOT_STATED_NOTE, PUBLISHER_NOT_STATED } from '../../../shared/not-stated.js';
import { parsePeriod } from '../../../shared/period.js';
import type { Db } from '../../db/connection.js';
import { geoByCode, itemByCode } from '../../reference/repository.js';
import { releaseByChecksum, releaseWithSameFigures } from '../../releases/repository.js';
import { listTemplates } from '../repository.js';
import type { XlsxTemplate } from '../../../shared/xlsx-template.js';
import { LayoutNeededError, type TemplateParseResult } from '../formats/xlsx-template/index.js';
import type {
  Change,
  ClashDecision,
  FilePreview,
  ImportPhase,
  ImportPreview,
  ImportProblem,
  ImportProgress,
  NamedRef,
  PreviewFigure,
} from '../../../shared/contract/import.js';
import { diffAgainstStore } from './diff.js';
import { parseSource, type ImportSource } from './read-source.js';
import { checkMappings, emptyMappings, matchFigures, type NameMappings } from './match.js';
import { inSteps, throttleProgress, type ProgressListener } from './progress.js';
import { ImportError, type ParseResult } from '../types.js';
import { BadInputError } from '../../errors.js';
import { uniqueFigures } from './unique.js';
import { isTidyCsvOnDisk, previewStreamedCsv } from './streamed.js';
import { warningFields } from './warnings.js';

export interface ImportOptions {
  mappings?: NameMappings;
  /** Leave out figures whose names match nothing instead of refusing the import. */
  skipUnknown?: boolean;
  /** Release details the user gives (override what the file says). */
  release?: Partial<Pick<ReleaseInput, 'name' | 'publisher' | 'publishedOn' | 'status'>>;
  /** Called as each file is read, matched and compared (throttled; see progress.ts). */
  onProgress?: ProgressListener;
  /** Least time between two progress reports of a phase (see throttleProgress). */
  progressIntervalMs?: number;
  today?: string;
  /** A layout template for spreadsheets in this import (mapped in the preview, or chosen by name). */
  template?: XlsxTemplate;
  /** On commit: save the template a spreadsheet was read with under this name. */
  saveTemplateAs?: string;
  /** The value kept (or 'leave-out') for each figure an article states with different values. */
  clashChoices?: { file: string; key: string; choice: ClashDecision }[];
  /** Aborted when the user abandons the preview: it stops between steps, a workbook's reading at once. */
  signal?: AbortSignal;
}

export type { FilePreview, ImportPreview, ImportProblem, PreviewFigure };

function releaseFor(parsed: ParseResult, source: ImportSource, checksum: string, opts: ImportOptions): ReleaseInput {
  const given = opts.release ?? {};
  const stated = parsed.release;
  const publishedOn = given.publishedOn ?? stated.publishedOn;
  return {
    name: given.name ?? stated.name ?? source.fileName,
    publisher: given.publisher ?? stated.publisher ?? PUBLISHER_NOT_STATED,
    publishedOn: publishedOn ?? opts.today ?? new Date().toISOString().slice(0, 10),
    publishedOnNote: publishedOn ? (given.publishedOn ? null : (stated.publishedOnNote ?? null)) : DATE_NOT_STATED_NOTE,
    status: (given.status ?? stated.status ?? 'estimate') as Status,
    sourceKind: stated.sourceKind ?? 'file',
    sourceFile: source.fileName,
    sourceUrl: stated.sourceUrl ?? null,
    checksum,
  };
}

export async function previewImport(db: Db, sources: ImportSource[], opts: ImportOptions = {}): Promise<ImportPreview> {
  const mappings = opts.mappings ?? emptyMappings();
  const errors: ImportProblem[] = checkMappings(db, mappings).map((m) => ({
    file: 'mapping',
    place: null,
    message: sayImport(m, 'en'),
    code: m.code,
    params: m.params,
  }));
  const files: FilePreview[] = [];
  const layouts: NonNullable<ImportPreview['layouts']> = [];
  const saved = listTemplates(db).map((t) => t.definition);
  const savedNames = new Set(saved.map((t) => t.name));
  const report = throttleProgress(opts.onProgress ?? (() => undefined), opts.progressIntervalMs);
  const named = namesFrom(db);
  for (const [index, source] of sources.entries()) {
    const at = (phase: ImportPhase, unit: ImportProgress['unit']) => (done: number, total: number) =>
      report({ phase, file: source.fileName, fileIndex: index, fileCount: sources.length, done, total, unit });
    opts.signal?.throwIfAborted();
    try {
      if (isTidyCsvOnDisk(source)) {
        files.push(
          await previewStreamedCsv(db, source, {
            mappings,
            skipUnknown: opts.skipUnknown === true,
            releaseOf: (parsed, checksum) => releaseFor(parsed, source, checksum, opts),
            publishedOnGiven: opts.release?.publishedOn !== undefined,
            named,
            onBytes: at('reading', 'bytes'),
          }),
        );
        continue;
      }
      const { format, result, checksum } = await parseSource(source, {
        templates: { saved, ...(opts.template ? { given: opts.template } : {}) },
        onBytes: at('reading', 'bytes'),
        ...(opts.release?.publishedOn ? { publishedOn: opts.release.publishedOn } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      opts.signal?.throwIfAborted();
      if (result.figures.length === 0) throw new ImportError(source.fileName, null, said('import.no-figures'));
      const { figures: matched, unknown } = await matchFigures(db, result.figures, mappings, at('matching', 'figures'));
      const chosen = new Map((opts.clashChoices ?? []).filter((c) => c.file === source.fileName).map((c) => [c.key, c.choice]));
      const { figures: unique, clashes } = await uniqueFigures(source.fileName, matched, format === 'text', chosen);
      const release = releaseFor(result, source, checksum, opts);
      opts.signal?.throwIfAborted();
      const changes = await diffAgainstStore(db, unique, release.publishedOn, at('comparing', 'figures'));
      const figures: PreviewFigure[] = [];
      await inSteps(unique, ({ rawIndex: _r, ...f }, i) =>
        figures.push({ ...f, period: parsePeriod(f.period)!.code, geo: named('geo', f.geo), item: named('item', f.item), ...changes[i]! }),
      );
      // The same file, or the same release by content (figures equal to a stored release's).
      const byFile = releaseByChecksum(db, checksum);
      const byContent = byFile
        ? undefined
        : releaseWithSameFigures(
            db,
            release,
            figures.map((f) => ({ ...f, geo: f.geo.code, item: f.item.code })),
          );
      const previous = byFile ?? byContent;
      const count = (c: Change['change']): number => figures.filter((f) => f.change === c).length;
      files.push({
        fileName: source.fileName,
        format,
        checksum,
        release,
        publishedOnFrom: opts.release?.publishedOn ? 'given' : result.release.publishedOn ? 'file' : 'today',
        alreadyImported: previous ? { releaseId: previous.id, name: previous.name, ...(byContent ? { sameFigures: true } : {}) } : null,
        figures,
        unknown,
        ...warningFields(result.warnings),
        clashes: clashes.map(({ key, options, chosen: choice }) => {
          const f = options[0]!;
          const values = options.map((o) => ({ value: o.value, decimals: o.decimals, location: o.location ?? null, quote: o.quote ?? null }));
          return {
            key,
            geo: named('geo', f.geo),
            item: named('item', f.item),
            measure: f.measure,
            period: parsePeriod(f.period)!.code,
            basis: f.basis,
            unit: f.unit,
            options: values,
            chosen: choice,
          };
        }),
        counts: {
          new: count('new'),
          revised: count('revised'),
          unchanged: count('unchanged'),
          history: count('history'),
          shown: count('new') + count('revised'),
          skipped: result.figures.length - matched.length,
        },
        ...('template' in result ? { template: templateOf(result as TemplateParseResult, savedNames, opts.template) } : {}),
      });
    } catch (error) {
      // the store failing is no fault of the file: answered as the store's error
      if (isStoreFault(error)) throw error;
      errors.push(problemOf(source.fileName, error));
      if (error instanceof LayoutNeededError) layouts.push({ fileName: source.fileName, sheets: error.sheets });
    }
  }
  const unknown = files.flatMap((f) => f.unknown);
  return {
    files,
    errors,
    unknown,
    ready: errors.length === 0 && (unknown.length === 0 || opts.skipUnknown === true) && files.every((f) => f.clashes.every((c) => c.chosen !== null)),
    ...(layouts.length > 0 ? { layouts } : {}),
  };
}

/** Codes with their names, looked up once per code. */
function namesFrom(db: Db): (kind: 'geo' | 'item', code: string) => NamedRef {
  const known = new Map<string, NamedRef>();
  return (kind, code) => {
    const key = `${kind}|${code}`;
    let ref = known.get(key);
    if (!ref) {
      const row = kind === 'geo' ? geoByCode(db, code) : itemByCode(db, code);
      ref = { code, name: row?.nameVi ?? code, nameEn: row?.nameEn ?? code };
      known.set(key, ref);
    }
    return ref;
  };
}

/** The template as applied, with the signature of the sheet it read (what "save as template" stores). */
function templateOf(result: TemplateParseResult, savedNames: Set<string>, given: XlsxTemplate | undefined): NonNullable<FilePreview['template']> {
  const isSaved = savedNames.has(result.template.name) && (!given || given.sheetMatch !== undefined);
  return { name: result.template.name, saved: isSaved, definition: result.template };
}

/** A file's problem for the preview; any other error (the store's, a cancel) is not the file's and is thrown on. */
export function problemOf(file: string, error: unknown): ImportProblem {
  if (error instanceof ImportError)
    return {
      file: error.file,
      place: error.place,
      message: error.detail,
      code: error.said.code,
      params: error.said.params,
      ...(error.where ? { where: error.where } : {}),
    };
  if (error instanceof BadInputError) return { file, place: null, message: error.message };
  throw error;
}
