// Cross-view state of notes: the figure whose panel is open (a click on a point, a bar or a table
// row opens it, from any view), and the last deleted note, which the user may bring back.
import type { FigureValue } from '@shared/contract/figures.js';
import type { NoteView } from '@shared/contract/notes.js';
import { createStore } from '../../state/createStore.js';

export interface OpenFigure {
  figure: FigureValue;
  /** The series' name in the UI language, for the panel's title. */
  subject: string;
}

export const figurePanelStore = createStore<OpenFigure | null>(null);
export const openFigurePanel = (figure: FigureValue, subject: string): void => figurePanelStore.set({ figure, subject });
export const closeFigurePanel = (): void => figurePanelStore.set(null);

export const lastDeletedStore = createStore<NoteView | null>(null);
