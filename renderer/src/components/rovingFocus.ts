// Arrow keys in a group with one tab stop (tabs, radio groups): ←/→ (and ↑/↓) move to the
// neighbour, wrapping; Home/End to the ends. The group's handler focuses the item and activates it.
import type { KeyboardEvent } from 'react';

/** The index a key leads to among `count` items from `index`; null for other keys. */
export function rovingIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** A keydown handler for the group: moves the focus among the items `selector` finds in it and calls `activate` with the new index. */
export function rovingKeyDown(selector: string, activate: (index: number) => void) {
  return (e: KeyboardEvent<HTMLElement>): void => {
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(selector)];
    const at = items.findIndex((item) => item === e.target);
    if (at < 0) return;
    const to = rovingIndex(e.key, at, items.length);
    if (to === null) return;
    e.preventDefault();
    items[to]!.focus();
    activate(to);
  };
}
