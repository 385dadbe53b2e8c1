import { describe, expect, it } from 'vitest';
import { exportRequestSchema } from './contract/export.js';
import { noteRecordSchema } from './contract/notes.js';
import { isCalendarDate } from './domain-terms.js';
import { isoDateSchema } from './domain.js';

describe('dates on the calendar', () => {
  it('accepts days that exist, leap days of leap years among them', () => {
    for (const d of ['2025-01-01', '2025-12-31', '2024-02-29', '2000-02-29', '2025-04-30']) expect(isoDateSchema.safeParse(d).success, d).toBe(true);
  });

  it('refuses month 13, month 0, day 0 and days a month does not have, saying why', () => {
    for (const d of ['2025-13-01', '2025-00-10', '2025-01-00', '2025-02-30', '2025-02-29', '1900-02-29', '2025-04-31', '2025-01-32']) {
      const parsed = isoDateSchema.safeParse(d);
      expect(parsed.success, d).toBe(false);
      expect(
        parsed.error!.issues.map((i) => i.message),
        d,
      ).toEqual(['no such date: expected a month 01–12 and a day that month has']);
    }
    expect(isoDateSchema.safeParse('6 Dec 2025').error!.issues.map((i) => i.message)).toEqual(['expected a date YYYY-MM-DD']);
  });

  it('is the test every other date input uses: export as-of dates and notes’ times', () => {
    expect(isCalendarDate('2025-02-28')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    const request = { geos: ['VN'], items: ['TOTAL'], basis: 'yoy', chart: 'line', lang: 'vi' } as const;
    expect(exportRequestSchema.safeParse({ ...request, asOf: '2025-12-06' }).success).toBe(true);
    expect(exportRequestSchema.safeParse({ ...request, asOf: '2025-13-01' }).success).toBe(false);
    const time = noteRecordSchema.shape.createdAt;
    expect(time.safeParse('2026-03-01T09:30:00.000Z').success).toBe(true);
    for (const t of ['2026-02-30T09:30:00.000Z', '2026-13-01T09:30:00Z', '2026-03-01T24:00:00Z', '2026-03-01T09:60:00Z'])
      expect(time.safeParse(t).success, t).toBe(false);
  });
});
