import type { notesChannels } from '../../shared/contract/notes.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { addNote, deleteNote, getAuthor, restoreNote, setAuthor, updateNote } from './edit.js';
import { exportNotes, listFacets, listNotes, noteViews } from './queries.js';
import { conflicts, importNotes, resolveConflict } from './share.js';
import { backupBefore } from '../backup/backup.js';

export function notesHandlers({ db }: CoreContext): DomainHandlers<typeof notesChannels> {
  const view = (note: Parameters<typeof noteViews>[1][number]) => noteViews(db, [note])[0]!;
  return {
    handlers: {
      'notes:list': async ({ includeDeleted, onSeries, offset, limit, ...filter }) => listNotes(db, filter, { includeDeleted, onSeries, offset, limit }),
      'notes:facets': async () => listFacets(db),
      'notes:add': async (input) => view(addNote(db, input)),
      'notes:update': async ({ id, ...change }) => view(updateNote(db, id, change)),
      'notes:delete': async ({ id }) => view(deleteNote(db, id)),
      'notes:restore': async ({ id }) => view(restoreNote(db, id)),
      'notes:export': async (filter) => exportNotes(db, filter),
      'notes:import-preview': async ({ fileName, content }) => importNotes(db, fileName, content, { commit: false }),
      'notes:import': async ({ fileName, content }) => {
        await backupBefore(db, 'notes-import');
        return importNotes(db, fileName, content, { commit: true });
      },
      'notes:conflicts': async () => conflicts(db),
      'notes:resolve': async ({ id, revision, keep }) => ({ notes: noteViews(db, resolveConflict(db, id, revision, keep)) }),
      'notes:author': async () => ({ author: getAuthor(db) }),
      'notes:set-author': async ({ author }) => {
        setAuthor(db, author);
        return { author: author.trim() };
      },
    },
  };
}
