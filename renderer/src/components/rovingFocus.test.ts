import { describe, expect, it } from 'vitest';
import { rovingIndex } from './rovingFocus.js';

describe('arrow keys in a group of tabs or radios', () => {
  it('moves to the neighbour, wrapping at both ends', () => {
    expect(rovingIndex('ArrowRight', 0, 7)).toBe(1);
    expect(rovingIndex('ArrowRight', 6, 7)).toBe(0);
    expect(rovingIndex('ArrowLeft', 0, 7)).toBe(6);
    expect(rovingIndex('ArrowDown', 2, 7)).toBe(3);
    expect(rovingIndex('ArrowUp', 2, 7)).toBe(1);
  });

  it('goes to the ends with Home and End, and ignores other keys', () => {
    expect(rovingIndex('Home', 4, 7)).toBe(0);
    expect(rovingIndex('End', 4, 7)).toBe(6);
    expect(rovingIndex('Enter', 4, 7)).toBeNull();
    expect(rovingIndex('ArrowRight', 0, 0)).toBeNull();
  });
});
