// Which tab is open. Views other than the header open tabs too (a drop opens Import; an import's
// result links to Releases).
import { createStore } from './createStore.js';

export type Tab = 'explore' | 'latest' | 'notes' | 'decks' | 'checks' | 'releases' | 'import';
export const TABS: readonly Tab[] = ['explore', 'latest', 'notes', 'decks', 'checks', 'releases', 'import'];

export const tabStore = createStore<Tab>('explore');

export const openTab = (tab: Tab): void => tabStore.set(tab);
