// Whether Explore follows a place across the 1 July 2025 merger; kept while other tabs are open
// and while the user moves between the places of one merger.
import { createStore } from '../../../state/createStore.js';

export const followMergerStore = createStore(false);
