// What of a chart's notes changes its drawing: the render signal's key includes it.
import type { ChartNotes } from '@shared/notes/on-chart.js';

export const notesKey = (notes: ChartNotes | undefined): string =>
  notes ? [...notes.markers, ...notes.bands].map((m) => `${m.n}:${m.note.id}:${m.note.revision}`).join(',') : '';
