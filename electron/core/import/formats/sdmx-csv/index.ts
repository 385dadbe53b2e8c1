// SDMX-CSV data: version 1.0 (first column DATAFLOW) and 2.0 (STRUCTURE, STRUCTURE_ID, optional STRUCTURE_NAME and
// ACTION columns). Then one column per dimension, TIME_PERIOD, OBS_VALUE and attributes. Headers may be "ID" or
// "ID: Label" (labels=both); cells may be "code: label" likewise — the code is used, the label helps read units.
// ACTION D (delete) rows are skipped with a warning. Same component mapping as SDMX-ML (read/sdmx-common.ts).
import { said } from '../../../../shared/messages/import.js';
import { CsvReader, sniffDelimiter } from '../../read/csv-reader.js';
import { SdmxCollector } from '../../read/sdmx-common.js';
import { decodeText } from '../../read/text-decode.js';
import { excerpt, quoted } from '../../read/limits.js';
import { ImportError, type ParseResult, type Warning } from '../../types.js';
import type { FormatReader } from '../format-reader.js';

const splitCodeLabel = (cell: string): { code: string; label?: string } => {
  const i = cell.indexOf(': ');
  return i > 0 ? { code: cell.slice(0, i).trim(), label: cell.slice(i + 2).trim() } : { code: cell.trim() };
};

const MECHANICS = new Set(['DATAFLOW', 'STRUCTURE', 'STRUCTURE_ID', 'STRUCTURE_NAME', 'ACTION']);

/** Parses an SDMX-CSV 1.0 or 2.0 file. */
export function parseSdmxCsv(input: Buffer | string, fileName: string): ParseResult {
  const { text } = decodeText(input, fileName);
  if (text.trim() === '') throw new ImportError(fileName, null, said('file.empty'));
  const nl = text.search(/\r|\n/);
  const headerLine = nl < 0 ? text : text.slice(0, nl);
  const delimiter = sniffDelimiter(headerLine, (h) => /^(DATAFLOW|STRUCTURE|STRUCTURE_ID|TIME_PERIOD|OBS_VALUE|ACTION)\b/i.test(h.trim()));
  const collector = new SdmxCollector(fileName);
  const warnings: Warning[] = [];
  let ids: string[] = [];
  let version: '1.0' | '2.0' = '1.0';
  let valueCol = -1;
  let timeCol = -1;
  let actionCol = -1;
  let deleted = 0;
  let structure: string | undefined;
  const reader = new CsvReader({
    delimiter,
    fileName,
    columnName: (i) => ids[i] ?? String(i + 1),
    onRecord: (fields, row) => {
      if (row === 1) {
        ids = fields.map((f) => splitCodeLabel(f.replace(/^\ufeff/, '')).code.toUpperCase());
        const first = ids[0];
        if (first === 'DATAFLOW') version = '1.0';
        else if (first === 'STRUCTURE' && ids[1] === 'STRUCTURE_ID') version = '2.0';
        else
          throw new ImportError(
            fileName,
            [
              ['row', 1],
              ['column', 1],
            ],
            said('sdmx-csv.first-column', { found: excerpt(fields[0] ?? '', 40) }),
          );
        valueCol = ids.indexOf('OBS_VALUE');
        timeCol = ids.indexOf('TIME_PERIOD');
        actionCol = ids.indexOf('ACTION');
        if (valueCol < 0) throw new ImportError(fileName, [['row', 1]], said('sdmx-csv.no-obs-value'));
        if (timeCol < 0) throw new ImportError(fileName, [['row', 1]], said('sdmx-csv.no-time-period'));
        const dup = ids.find((id, i) => ids.indexOf(id) !== i);
        if (dup) throw new ImportError(fileName, [['row', 1]], said('sdmx-csv.column-twice', { column: quoted(dup, 40) }));
        return;
      }
      if (fields.every((f) => f.trim() === '')) return;
      if (fields.length !== ids.length)
        throw new ImportError(fileName, [['row', row]], said('csv.field-count', { expected: ids.length, found: fields.length }));
      if (actionCol >= 0 && fields[actionCol]!.trim().toUpperCase() === 'D') {
        deleted++;
        return;
      }
      structure ??= splitCodeLabel(fields[version === '2.0' ? 1 : 0] ?? '').code || undefined;
      const components = new Map<string, string>();
      const labels = new Map<string, string>();
      fields.forEach((f, i) => {
        const id = ids[i]!;
        if (MECHANICS.has(id)) return;
        const { code, label } = id === 'OBS_VALUE' || id === 'TIME_PERIOD' ? { code: f.trim(), label: undefined } : splitCodeLabel(f);
        components.set(id, code);
        if (label) labels.set(id, label);
      });
      collector.add({
        components,
        labels,
        location: `row ${row}`,
        place: [['row', row]],
        valuePlace: [
          ['row', row],
          ['column', 'OBS_VALUE'],
        ],
        timePlace: [
          ['row', row],
          ['column', 'TIME_PERIOD'],
        ],
      });
    },
  });
  reader.write(text);
  reader.end();
  if (ids.length === 0) throw new ImportError(fileName, null, said('file.empty'));
  collector.finish();
  warnings.push(...collector.warnings());
  if (deleted) warnings.push(said('warning.sdmx-csv.deleted-rows', { count: deleted }));
  const release: ParseResult['release'] = { sourceKind: 'sdmx', sourceFile: fileName };
  if (structure) release.name = structure;
  return { figures: collector.figures, release, warnings };
}

export const sdmxCsvReader: FormatReader = {
  format: 'sdmx-csv',
  read: (bytes, opts) => parseSdmxCsv(bytes, opts.fileName),
};
