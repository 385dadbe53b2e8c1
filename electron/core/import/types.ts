// What every format parser produces: figures with the labels as the file states them.
// Matching labels to reference codes, diffing against the store and committing come after.
import type { Basis, Measure, ReleaseInput, Status, Unit } from '../../shared/domain.js';
import { BadInputError } from '../errors.js';
import { sayImport, type ImportSaid } from '../../shared/messages/import.js';
import { cappedMessage } from '../../shared/messages/said.js';
import { placeOfLocation, sayPlace, type Place } from '../../shared/messages/place.js';

export interface RawFigure {
  /** Locality or country as the file names or codes it ("Phú Thọ", "VN", "25"); "" means the whole country. */
  geoLabel: string;
  /** Industry, section, division or product as the file names or codes it ("Sản xuất xe có động cơ", "C29", "TOTAL"). */
  itemLabel: string;
  /** iip for production indices; output for product quantities; contribution for percentage points. */
  measure: Measure;
  /** Canonical period (see shared/period.ts). */
  period: string;
  basis: Basis;
  unit: Unit;
  baseYear?: number | null;
  value: number;
  /** Decimal places as written in the file (or 1 where the file stores full floats GSO publishes to 1 decimal). */
  decimals: number;
  status?: Status;
  quantityUnit?: string | null;
  /** Place in the file: "2.IIPthang!C12", "line 42", "DATA value 17". */
  location: string;
  quote?: string | null;
}

export interface ParseResult {
  figures: RawFigure[];
  /** What the file says about its release; the importer fills the rest (file name, checksum). */
  release: Partial<ReleaseInput>;
  /** What was read differently from what the file may mean, or left out: catalogue messages (shared/messages/import/warnings.ts). */
  warnings: Warning[];
}

/** A reader's warning: a code of the import catalogue with its parameters, never free text. */
export type Warning = ImportSaid;

/**
 * A bad-input error that says where: file, place (line, cell, keyword) and what was expected, as a code of
 * the import catalogue with its parameters (shared/messages/import.ts), so the window and the CLI say it in
 * the user's language. `message` and `detail` are its English words, never longer than MAX_MESSAGE_CHARS;
 * `place` the place in English words. A place given as text (a figure's location) is kept as is, and read
 * as a place where it is one the readers write ("row 12", "2.IIPthang!C12").
 */
export class ImportError extends BadInputError {
  readonly detail: string;
  readonly place: string | null;
  /** The place as data, when the reader gave it so. */
  override readonly where: Place | null;
  constructor(
    override readonly file: string,
    place: Place | string | null,
    override readonly said: ImportSaid,
  ) {
    const where = typeof place === 'string' ? placeOfLocation(place) : place;
    const placeText = typeof place === 'string' ? place : where && where.length > 0 ? sayPlace(where, 'en') : null;
    const detail = sayImport(said, 'en');
    super(cappedMessage(`${file}${placeText ? ` (${placeText})` : ''}: ${detail}`));
    this.detail = detail;
    this.place = placeText;
    this.where = where && where.length > 0 ? where : null;
  }
}
