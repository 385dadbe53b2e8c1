// The boundary of every reader: what it throws reaches the user as an ImportError naming the file. An error
// the reader did not mean (a bug, a runtime limit such as the stack) is logged with its internal text and
// answered in plain words, never with the runtime's or a library's message.
import { said } from '../../../shared/messages/import.js';
import type { FormatId } from '../../../shared/contract/import.js';
import { AppError } from '../../errors.js';
import { ImportError } from '../types.js';
import type { FormatReader } from './format-reader.js';

/** A reader's unexpected failure, as the user sees it; the internal error is in the log. */
export class UnexpectedReadError extends ImportError {
  constructor(file: string, format: FormatId, cause: unknown) {
    super(file, null, said('file.unexpected', { format: said(`format.${format}`) }));
    this.cause = cause;
  }
}

/** SQLite's own errors (better-sqlite3 gives them its result code): the store's, never the file's. */
const isSqliteError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
};

/**
 * An error thrown while reading, as the reader's caller should get it: AppErrors and the store's errors
 * as they are (a reader that stages figures in the store may meet them), anything else wrapped and logged.
 */
export function readFailure(file: string, format: FormatId, error: unknown): unknown {
  if (error instanceof AppError || isSqliteError(error)) return error;
  console.error(`iip: the ${format} reader failed on ${file}:`, error);
  return new UnexpectedReadError(file, format, error);
}

/** Runs one reading step behind the boundary. */
export async function guarded<T>(file: string, format: FormatId, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw readFailure(file, format, error);
  }
}

/** The reader with both its ways in behind the boundary. */
export function guardReader<Input>(reader: FormatReader<Input>): FormatReader<Input> {
  const { readStream } = reader;
  return {
    format: reader.format,
    read: (input, opts) => guarded(opts.fileName, reader.format, () => reader.read(input, opts)),
    ...(readStream
      ? {
          readStream: (chunks: AsyncIterable<Buffer>, opts: Parameters<typeof readStream>[1]) =>
            guarded(opts.fileName, reader.format, () => readStream(chunks, opts)),
        }
      : {}),
  };
}
