import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod } from '../../electron/shared/period.js';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

describe('handler table through dispatch', () => {
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path });
  const handlers = core.handlers;

  it('answers good payloads', async () => {
    const info = await dispatch(handlers, 'app:info', {});
    const releases = await dispatch(handlers, 'releases:list', {});
    if (!releases.ok) throw new Error(releases.error.message);
    const listed = releases.value as { figureCount: number }[];
    // What app:info counts is what the store holds: every release, and every figure of them.
    expect(info).toMatchObject({
      ok: true,
      value: { storePath: store.path, releaseCount: listed.length, figureCount: listed.reduce((n, r) => n + r.figureCount, 0) },
    });
    expect(listed.length).toBeGreaterThan(80);
    const get = await dispatch(handlers, 'figures:get', { geo: 'VN', item: 'TOTAL', period: '2025-11', basis: 'mom' });
    expect(get).toMatchObject({ ok: true, value: { value: 2.3 } });
  });

  it('answers a typed error for bad input, naming the field', async () => {
    const r = await dispatch(handlers, 'figures:get', { geo: 'VN', item: 'TOTAL', period: '2025-11', basis: 'weekly' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad-input');
      expect(r.error.issues?.[0]?.path).toBe('basis');
    }
    const extra = await dispatch(handlers, 'catalog:list', { search: 'x', sql: 'DROP TABLE figures' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const wrongType = await dispatch(handlers, 'figures:series', { seriesId: '1; DROP', basis: 'yoy' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('refuses unknown channels and reports not-found', async () => {
    expect(await dispatch(handlers, 'fs:read', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(handlers, 'figures:get', { geo: 'Atlantis', item: 'TOTAL', period: '2025', basis: 'yoy' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatch(handlers, 'figures:series', { seriesId: 999999, basis: 'yoy' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('serves a series over time in period order', async () => {
    const groups = await dispatch(handlers, 'catalog:list', {});
    if (!groups.ok) throw new Error(groups.error.message);
    const total = (groups.value as { groups: { key: string; series: { id: number }[] }[] }).groups.find((g) => g.key === 'total')!.series[0]!;
    const r = await dispatch(handlers, 'figures:series', { seriesId: total.id, basis: 'yoy' });
    if (!r.ok) throw new Error(r.error.message);
    const periods = (r.value as { points: { period: string }[] }).points.map((p) => p.period);
    const [may, november] = [periods.indexOf('2025-01..2025-05'), periods.indexOf('2025-01..2025-11')];
    expect(may).toBeGreaterThanOrEqual(0);
    expect(november).toBeGreaterThan(may);
    const parsed = periods.map((p) => parsePeriod(p)!);
    for (let i = 1; i < parsed.length; i++) expect(comparePeriods(parsed[i - 1]!, parsed[i]!), `${periods[i - 1]} before ${periods[i]}`).toBeLessThan(0);
  });
});
