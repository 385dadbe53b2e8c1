import { describe, expect, it } from 'vitest';
import { countDecimals, decimalsOfFloat, numberShape, parseNumber, parsePlainDecimal, readPlainNumber } from '../../electron/core/import/read/numbers.js';
import { decodeText, firstInvalidUtf8, StreamTextDecoder } from '../../electron/core/import/read/text-decode.js';
import { ImportError } from '../../electron/core/import/types.js';

describe('numbers', () => {
  it('reads both decimal conventions, grouping, the Unicode minus', () => {
    expect(parseNumber('9,3')).toEqual({ ok: true, value: 9.3, decimals: 1, ambiguous: false });
    expect(parseNumber('9.3')).toEqual({ ok: true, value: 9.3, decimals: 1, ambiguous: false });
    expect(parseNumber('1.234,5')).toEqual({ ok: true, value: 1234.5, decimals: 1, ambiguous: false });
    expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5, decimals: 1, ambiguous: false });
    expect(parseNumber('−3,4')).toEqual({ ok: true, value: -3.4, decimals: 1, ambiguous: false });
    expect(parseNumber('1 234,5', ',')).toMatchObject({ value: 1234.5 });
    expect(parseNumber('1,234')).toMatchObject({ ok: true, value: 1.234, ambiguous: true });
    expect(parseNumber('1,234', '.')).toMatchObject({ ok: true, value: 1234, ambiguous: true });
    expect(parseNumber('1.234,5', '.')).toEqual({ ok: false, reason: 'wrong-mark', seems: ',' });
    expect(parseNumber('9,3', '.')).toEqual({ ok: false, reason: 'wrong-mark', seems: ',' });
    expect(parseNumber('(3.4)')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseNumber('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseNumber('1.2.3')).toEqual({ ok: false, reason: 'not-a-number' }); // not three-digit grouping
  });

  it('classifies shapes and counts decimals as written', () => {
    expect(numberShape('110.80').kind).toBe('dot');
    expect(numberShape('1.234').kind).toBe('ambiguous');
    expect(numberShape('12').kind).toBe('int');
    expect(countDecimals('34')).toBe(0);
    expect(countDecimals('34.30')).toBe(2);
    expect(countDecimals('1.1E2')).toBe(0);
    expect(parsePlainDecimal('-0.50')).toEqual({ value: -0.5, decimals: 2 });
    expect(parsePlainDecimal('1,5')).toBeNull();
    expect(decimalsOfFloat(110.80000000000001)).toBe(1);
    expect(decimalsOfFloat(110.25)).toBe(2);
  });
});

describe('text-decode', () => {
  it('detects BOMs, UTF-8 and the Windows-1258 fallback, composing tone marks', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'f')).toMatchObject({ text: 'A', encoding: 'utf-8', bom: true });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hà', 'utf16le')]), 'f')).toMatchObject({ text: 'Hà', encoding: 'utf-16le' });
    expect(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x48]), 'f')).toMatchObject({ text: 'H', encoding: 'utf-16be' });
    expect(decodeText(Buffer.from('Hà Nội'), 'f')).toMatchObject({ text: 'Hà Nội', how: 'utf-8 valid' });
    // "Nội" in Windows-1258: N, ô (0xF4), combining dot below (0xF2), i
    const r = decodeText(Buffer.from([0x4e, 0xf4, 0xf2, 0x69]), 'f');
    expect(r).toMatchObject({ text: 'Nội', encoding: 'windows-1258', how: 'fallback' });
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'f')).toThrow(ImportError);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
  });

  it('streams UTF-8 split inside a character', () => {
    const d = new StreamTextDecoder('f');
    const b = Buffer.from('Hà Nội');
    expect(d.write(b.subarray(0, 2)) + d.write(b.subarray(2)) + d.end()).toBe('Hà Nội');
  });
});

describe('readPlainNumber', () => {
  it('reads what can only be a decimal number as parseNumber does, and leaves the rest to it', () => {
    const texts = [
      '7',
      '-7',
      '101.3',
      '-9,25',
      '0.5',
      '1234.567',
      '12,3456',
      '-0',
      '-0.0',
      '007',
      '1,234',
      '0.500',
      '1.234,5',
      '1 234',
      '−3,4',
      '+1.2',
      '1e3',
      '',
    ];
    const read = texts.map((t) => [t, readPlainNumber(t)] as const);
    expect(read.filter(([, r]) => r === null).map(([t]) => t)).toEqual(['1,234', '0.500', '1.234,5', '1 234', '−3,4', '+1.2', '1e3', '']);
    for (const [text, r] of read) {
      if (!r) continue;
      const parsed = parseNumber(text, r.mark ?? '.');
      expect(parsed, text).toMatchObject({ ok: true, value: r.value, decimals: r.decimals, ambiguous: false });
      expect(numberShape(text).kind, text).toBe(r.mark === null ? 'int' : r.mark === '.' ? 'dot' : 'comma');
    }
    expect(readPlainNumber('-9,25')).toEqual({ value: -9.25, decimals: 2, mark: ',' });
    expect(Object.is(readPlainNumber('-0.0')!.value, 0)).toBe(true);
  });
});
