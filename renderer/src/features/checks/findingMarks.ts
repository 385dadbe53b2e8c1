// Which points of a drawn series the checks' findings are about: a finding names its series, period
// and basis; it marks the point of that period on a line drawn as published on that basis. After a
// transformation the points are other numbers than the ones checked, so nothing is marked. Pure.
import type { Finding } from '@shared/contract/analysis.js';
import { periodX } from '@shared/charts/time-axis.js';
import type { Basis } from '@shared/domain.js';
import { parsePeriod } from '@shared/period.js';

/** A point with findings: where it sits on the time axis, its value as drawn, and the findings about it. */
export interface CheckMark {
  period: string;
  /** The period on the chart's time axis (@shared/charts/time-axis periodX). */
  x: number;
  value: number;
  findings: Finding[];
}

export interface DrawnLine {
  seriesId: number;
  basis: Basis;
  points: readonly { period: string; value: number | null }[];
}

const codeOf = (period: string): string | null => parsePeriod(period)?.code ?? null;

/**
 * One mark per drawn point with findings about it (its series, basis and period), in time order;
 * none when the line is not drawn as published (`asPublished` false). A finding whose period is not
 * drawn (or drawn without a value) has no mark.
 */
export function findingMarks(findings: readonly Finding[], line: DrawnLine, asPublished: boolean): CheckMark[] {
  if (!asPublished) return [];
  const byPeriod = new Map<string, Finding[]>();
  for (const f of findings) {
    const code = codeOf(f.figure.period);
    if (f.figure.seriesId !== line.seriesId || f.figure.basis !== line.basis || code === null) continue;
    byPeriod.set(code, [...(byPeriod.get(code) ?? []), f]);
  }
  const marks: CheckMark[] = [];
  for (const point of line.points) {
    const period = parsePeriod(point.period);
    const about = period ? byPeriod.get(period.code) : undefined;
    if (!period || !about || point.value === null) continue;
    byPeriod.delete(period.code); // a period drawn twice is marked once
    marks.push({ period: period.code, x: periodX(period), value: point.value, findings: about });
  }
  return marks.sort((a, b) => a.x - b.x);
}
