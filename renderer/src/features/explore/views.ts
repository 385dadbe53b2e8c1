// A series' views (basis/unit pairs) and which one to open first. Pure.
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { Basis, Unit } from '@shared/domain.js';

export interface View {
  basis: Basis;
  unit: Unit;
}

export const viewKey = (v: View): string => `${v.basis}/${v.unit}`;

/** Same period last year first (as a % change where there is one), then whatever exists. */
export function defaultView(views: SeriesSummary['views']): View | null {
  return (
    views.find((v) => v.basis === 'yoy' && v.unit === 'pct') ?? views.find((v) => v.basis === 'yoy') ?? views.find((v) => v.unit === 'pct') ?? views[0] ?? null
  );
}

/** The chosen view if the series has it, else its default. */
export function resolveView(views: SeriesSummary['views'], chosenKey: string | null): View | null {
  return views.find((v) => viewKey(v) === chosenKey) ?? defaultView(views);
}

const BASIS_ORDER: Basis[] = ['yoy', 'mom', 'base', 'level'];
const UNIT_ORDER: Unit[] = ['pct', 'index', 'pp', 'qty'];

/** Views in a steady order for the selector: by basis, then unit; duplicates dropped. */
export function orderedViews(views: SeriesSummary['views']): View[] {
  const sorted = [...views].sort(
    (a, b) => BASIS_ORDER.indexOf(a.basis) - BASIS_ORDER.indexOf(b.basis) || UNIT_ORDER.indexOf(a.unit) - UNIT_ORDER.indexOf(b.unit),
  );
  const out: View[] = [];
  for (const v of sorted) if (!out.some((o) => viewKey(o) === viewKey(v))) out.push({ basis: v.basis, unit: v.unit });
  return out;
}
