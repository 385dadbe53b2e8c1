// The shell room: the window's language for the menu, and the files the OS or a second launch handed
// to the app. A path is read only when main offered it (ShellSide.takeOfferedFile), so a page can
// never make the app read a file of its choosing; a release file is staged through the import
// room's own staging, as the window's chunks would be.
import fs from 'node:fs';
import type { shellChannels } from '../../shared/contract/shell.js';
import { MAX_STAGE_CHUNK_BYTES } from '../../shared/contract/import.js';
import { NOTES_FILE_MAX_BYTES } from '../../shared/contract/notes.js';
import { baseName, openedFileKind, type OpenedFileKind } from '../../shared/file-kinds.js';
import { excerpt } from '../../shared/excerpt.js';
import type { CallContext, CoreContext, DomainHandlers, HandlersOf } from '../context.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../errors.js';
import type { importChannels } from '../../shared/contract/import.js';
import { NO_SHELL } from './side.js';

type Staging = Pick<HandlersOf<typeof importChannels>, 'import:stage-begin' | 'import:stage-chunk' | 'import:stage-end' | 'import:stage-discard'>;

export function shellHandlers({ shell = NO_SHELL }: CoreContext, staging: Staging): DomainHandlers<typeof shellChannels> {
  /** The offered file at `filePath`, of `kind`, with its size; refused when main did not offer it. */
  const offered = (filePath: string, kind: OpenedFileKind): { fileName: string; size: number } => {
    const fileName = baseName(filePath);
    if (openedFileKind(fileName) !== kind || !shell.takeOfferedFile(filePath))
      throw new ForbiddenError(`${excerpt(fileName, 80)}: not a file handed to the app by the system; choose or drop the file to open it`);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(filePath);
    } catch {
      throw new NotFoundError(`${fileName}: the file is no longer there (moved or deleted since it was opened)`);
    }
    if (!stat.isFile()) throw new BadInputError(`${fileName}: not a file`);
    return { fileName, size: stat.size };
  };

  return {
    handlers: {
      'shell:language': async ({ lang }) => {
        shell.languageChanged(lang);
        return {};
      },
      'shell:pending-files': async () => ({ paths: shell.windowListening() }),
      'shell:stage-file': async ({ path: filePath }, call) => {
        // a file over the staging's cap is refused by import:stage-begin, in its words
        const { fileName, size } = offered(filePath, 'release');
        const stagedId = await stageFromDisk(staging, filePath, fileName, size, call);
        return { stagedId, fileName, size };
      },
      'shell:read-notes-file': async ({ path: filePath }) => {
        const { fileName, size } = offered(filePath, 'notes');
        if (size > NOTES_FILE_MAX_BYTES)
          throw new BadInputError(`${fileName}: ${size} bytes; notes files are read up to ${NOTES_FILE_MAX_BYTES / 2 ** 20} MiB`);
        try {
          return { fileName, content: fs.readFileSync(filePath, 'utf8') };
        } catch (error) {
          throw new NotFoundError(`${fileName}: the file could not be read (${error instanceof Error ? error.message : String(error)})`);
        }
      },
      'shell:show-store-folder': async () => ({ shown: shell.showStoreFolder() }),
    },
  };
}

/** Copies a file into the import room's staging a chunk at a time (the same checks as the window's chunks); the partial copy is dropped on failure. */
async function stageFromDisk(staging: Staging, filePath: string, fileName: string, size: number, call: CallContext): Promise<string> {
  const { stagedId } = await staging['import:stage-begin']({ fileName, size }, call);
  try {
    const handle = await fs.promises.open(filePath, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(MAX_STAGE_CHUNK_BYTES, Math.max(size, 1)));
      for (let offset = 0; offset < size;) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - offset), offset);
        if (bytesRead === 0) throw new BadInputError(`${fileName}: the file became shorter while it was read (${offset} of ${size} bytes); open it again`);
        await staging['import:stage-chunk']({ stagedId, offset, dataBase64: buffer.subarray(0, bytesRead).toString('base64') }, call);
        offset += bytesRead;
      }
    } finally {
      await handle.close();
    }
    await staging['import:stage-end']({ stagedId }, call);
    return stagedId;
  } catch (error) {
    await staging['import:stage-discard']({ stagedIds: [stagedId] }, call);
    throw error;
  }
}
