import { describe, expect, it } from 'vitest';
import { clipText, excerpt } from './excerpt.js';

describe('excerpts of input in messages', () => {
  it('keeps short text, cuts long text with an ellipsis at the limit', () => {
    expect(excerpt('Phú Thọ')).toBe('Phú Thọ');
    expect(excerpt('x'.repeat(1_000_000), 10)).toBe('xxxxxxxxx…');
    expect(excerpt('abcdefghij', 10)).toBe('abcdefghij');
    expect(excerpt('abcdefghijk', 10)).toBe('abcdefghi…');
  });

  it('shows control characters as spaces, so a quote stays on one line', () => {
    expect(excerpt('a\nb\u0000c\td')).toBe('a b c d');
  });

  it('never cuts a surrogate pair in half', () => {
    // "😀" is two UTF-16 units; at 5 characters the cut would fall between them
    expect(clipText('abc😀def', 5)).toBe('abc…');
    expect(clipText('abcd😀ef', 5)).toBe('abcd…');
  });

  it('clips a whole message without touching its lines', () => {
    expect(clipText('line one\nline two', 100)).toBe('line one\nline two');
    expect(clipText('a'.repeat(2_000), 1_000)).toHaveLength(1_000);
  });
});
