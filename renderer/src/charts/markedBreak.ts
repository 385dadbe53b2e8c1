// A marked break on a time axis: a dashed vertical line between the month before a change and
// the month it starts (the 1 July 2025 merger of provinces), with its label. Pure, tested directly.
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { INK_MUTED } from '@shared/charts/palette.js';
import { monthOrdinal } from '@shared/charts/time-axis.js';

export interface MarkedBreak {
  /** The first month after the break, YYYY-MM. */
  period: string;
  /** Drawn at the top of the line, e.g. "Merger, 1 Jul 2025". */
  label: string;
}

/** The break's shape, keyed for chartjs-plugin-annotation; none without a break. */
export function markedBreakAnnotations(marked: MarkedBreak | null | undefined): Record<string, AnnotationOptions> {
  if (!marked) return {};
  const x = monthOrdinal(marked.period) - 0.5;
  return {
    'marked-break': {
      type: 'line',
      xMin: x,
      xMax: x,
      borderColor: INK_MUTED,
      borderWidth: 1.5,
      borderDash: [5, 4],
      drawTime: 'beforeDatasetsDraw',
      label: {
        display: true,
        content: marked.label,
        position: 'start',
        backgroundColor: 'rgba(255,255,255,0.85)',
        color: INK_MUTED,
        font: { size: 11, weight: 600 },
        padding: { x: 4, y: 2 },
      },
    },
  };
}
