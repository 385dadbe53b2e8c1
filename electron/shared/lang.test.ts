import { describe, expect, it } from 'vitest';
import { initialLang } from './lang.js';

describe('language choice', () => {
  it('prefers the stored choice, else Vietnamese for Vietnamese browsers, else English', () => {
    expect(initialLang('en', 'vi-VN')).toBe('en');
    expect(initialLang(null, 'vi-VN')).toBe('vi');
    expect(initialLang(null, 'vi')).toBe('vi');
    expect(initialLang(null, 'en-US')).toBe('en');
    expect(initialLang('fr', 'de-DE')).toBe('en');
    expect(initialLang(null, undefined)).toBe('en');
  });
});
