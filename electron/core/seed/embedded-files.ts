// The embedded dataset's files under data/ and what the store already has of them, without the
// schemas that validate their content (loading them is embedded.ts). An embedded release is known by
// its file's checksum, the reference lists by theirs; the checksums (of 9 MB of files) are remembered
// in meta with the files' sizes and modification times, so a store that has them all is checked
// without reading them.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection.js';
import { getMeta, setMeta } from '../db/meta.js';
import { statement } from '../db/statements.js';
import { writeTransaction } from '../db/transactions.js';
import { dataDir } from '../paths.js';

/** Changes when nameKey (shared/vietnamese.ts) folds names another way. */
const NAME_KEY_VERSION = 'name-key 2: i/y, tone placement, punctuation';
export const REFERENCE_FILES = ['localities.json', 'vsic2018.json', 'products.json'];
/** Folders of embedded releases, one JSON file per release. */
const RELEASE_FOLDERS = ['seeds', 'gso'];
const CHECKSUMS_KEY = 'embeddedChecksums';

const REFERENCE_KEY = 'referenceFilesChecksum';

/** node:crypto loaded when a file is read (it loads some twenty modules of node's own): a store that knows every file needs none. */
export const sha256 = (bytes: Buffer | string): string => process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');

/** The files' sizes and modification times: a remembered checksum holds while they are unchanged. */
const stampOf = (files: string[]): string =>
  files
    .map((file) => {
      const stat = fs.statSync(file);
      return `${stat.size}:${stat.mtimeMs}`;
    })
    .join(',');

/** The reference lists' checksum: their files and the way names are keyed (a store keyed the old way is re-keyed). */
export function referenceChecksum(db: Db, dir = path.join(dataDir, 'reference')): string {
  const files = REFERENCE_FILES.map((f) => path.join(dir, f));
  const stamp = `${stampOf(files)}|${NAME_KEY_VERSION}|`;
  const remembered = getMeta(db, REFERENCE_KEY);
  if (remembered?.startsWith(stamp)) return remembered.slice(stamp.length);
  const checksum = sha256(Buffer.concat([...files.map((f) => fs.readFileSync(f)), Buffer.from(NAME_KEY_VERSION)]));
  writeTransaction(db, () => setMeta(db, REFERENCE_KEY, stamp + checksum));
  return checksum;
}

export function embeddedReleaseFiles(root = dataDir): string[] {
  return RELEASE_FOLDERS.flatMap((folder) => {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(dir, f));
  });
}

/** Each file's checksum: remembered ones (by the file's path under `root`) where its size and modification time are unchanged, the others read. */
export function releaseFileChecksums(db: Db, files: string[], root = dataDir): string[] {
  let remembered: Record<string, string> = {};
  try {
    remembered = JSON.parse(getMeta(db, CHECKSUMS_KEY) ?? '{}') as Record<string, string>;
  } catch {
    // Unreadable: every file is read again and the record rewritten.
  }
  const now: Record<string, string> = {};
  const checksums = files.map((file) => {
    const stamp = `${stampOf([file])}:`;
    const name = path.relative(root, file);
    const known = remembered[name];
    const checksum = known?.startsWith(stamp) ? known.slice(stamp.length) : sha256(fs.readFileSync(file));
    now[name] = stamp + checksum;
    return checksum;
  });
  const record = JSON.stringify(now);
  if (record !== JSON.stringify(remembered)) writeTransaction(db, () => setMeta(db, CHECKSUMS_KEY, record));
  return checksums;
}

/** The embedded release files the store has not loaded (nor had removed by the user), with their checksums. */
export function pendingReleaseFiles(db: Db, root = dataDir): { file: string; checksum: string }[] {
  const files = embeddedReleaseFiles(root);
  const checksums = releaseFileChecksums(db, files, root);
  const known = knownReleaseChecksums(db);
  return files.map((file, i) => ({ file, checksum: checksums[i]! })).filter(({ checksum }) => !known.has(checksum));
}

/** The checksums of the releases the store holds and of the embedded ones the user removed. */
export function knownReleaseChecksums(db: Db): Set<string> {
  return new Set(
    statement<{ checksum: string }>(db, 'SELECT checksum FROM releases WHERE checksum IS NOT NULL UNION SELECT checksum FROM dismissedEmbedded')
      .all()
      .map((r) => r.checksum),
  );
}

/** Whether the store holds the current reference lists and every embedded release: nothing for openStore to load. */
export function embeddedLoaded(db: Db): boolean {
  return getMeta(db, 'referenceChecksum') === referenceChecksum(db) && pendingReleaseFiles(db).length === 0;
}
