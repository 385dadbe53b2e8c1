// Reading files for the import: bytes → base64 in chunks (no string built a byte at a time), with
// pauses so the window stays responsive while large files are encoded.

/** Largest base64 text main accepts for one file (MAX_IMPORT_BASE64 in electron/shared/contract.ts,
 * not imported here so the renderer bundle does not pull in zod). */
export const MAX_FILE_BASE64 = 48 * 1024 * 1024;

/** A multiple of 3, so each chunk encodes on its own without padding in the middle. */
const CHUNK_BYTES = 3 * 10_922;
/** Chunks encoded between two pauses (about 2 MB). */
const CHUNKS_PER_PAUSE = 64;

/** Lets the browser paint and handle input before the next piece of work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The length of the base64 text for this many bytes. */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

export async function bytesToBase64(bytes: Uint8Array, pause: () => Promise<void> = nextTask): Promise<string> {
  const parts: string[] = [];
  let chunks = 0;
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    // apply takes the typed array as its argument list: one call per chunk, not per byte
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
    if (++chunks % CHUNKS_PER_PAUSE === 0) await pause();
  }
  return parts.join('');
}

export interface EncodedFile {
  fileName: string;
  dataBase64: string;
}

export class FileTooLargeError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is too large`);
    this.name = 'FileTooLargeError';
  }
}

/** Reads one file; refuses one main would refuse anyway, before reading it. */
export async function encodeFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<EncodedFile> {
  if (base64Length(file.size) > MAX_FILE_BASE64) throw new FileTooLargeError(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (base64Length(bytes.length) > MAX_FILE_BASE64) throw new FileTooLargeError(file.name);
  return { fileName: file.name, dataBase64: await bytesToBase64(bytes) };
}
