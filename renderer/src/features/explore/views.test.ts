import { describe, expect, it } from 'vitest';
import { defaultView, orderedViews, resolveView } from './views.js';

describe('renderer series views', () => {
  it('opens on same period last year as a % change', () => {
    const views = [
      { basis: 'mom' as const, unit: 'pct' as const },
      { basis: 'yoy' as const, unit: 'index' as const },
      { basis: 'yoy' as const, unit: 'pct' as const },
    ];
    expect(defaultView(views)).toEqual({ basis: 'yoy', unit: 'pct' });
    expect(orderedViews(views).map((v) => `${v.basis}/${v.unit}`)).toEqual(['yoy/pct', 'yoy/index', 'mom/pct']);
    expect(resolveView(views, 'mom/pct')).toEqual({ basis: 'mom', unit: 'pct' });
    expect(resolveView(views, 'base/index')).toEqual({ basis: 'yoy', unit: 'pct' });
    expect(defaultView([])).toBeNull();
  });
});
