import { describe, expect, it } from 'vitest';
import { createStore } from './createStore.js';

describe('renderer cross-view store', () => {
  it('tells its readers of each change, by value or by update, until they leave', () => {
    const store = createStore(1);
    const seen: number[] = [];
    const leave = store.subscribe(() => seen.push(store.get()));
    store.set(2);
    store.set((n) => n * 10);
    leave();
    store.set(3);
    expect(seen).toEqual([2, 20]);
    expect(store.get()).toBe(3);
  });

  it('stays quiet when nothing changes, so no view re-renders for nothing', () => {
    const state = { mode: 'series' };
    const store = createStore(state);
    let calls = 0;
    store.subscribe(() => calls++);
    store.set(state);
    store.set((current) => current);
    expect(calls).toBe(0);
  });
});
