// A short message the window says once (an action that cannot run now, and why), read out by screen
// readers and gone after a while.
import { createStore } from './createStore.js';

export interface Notice {
  text: string;
  /** Distinguishes two equal messages, so saying the same thing again shows it again. */
  at: number;
}

export const noticeStore = createStore<Notice | null>(null);

export const sayNotice = (text: string): void => noticeStore.set({ text, at: Date.now() });
export const clearNotice = (): void => noticeStore.set(null);
