// Notes as chartjs-plugin-annotation shapes: a ring and a numbered tag on an annotated point or
// bar, a shaded band across a period range; and the tooltip lines naming the notes at a period.
// Pure (no React, no canvas), so it is tested directly. Text goes to the canvas, never to HTML.
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { NOTE_BAND, NOTE_MARK } from '@shared/charts/palette.js';
import type { ChartNotes, NumberedNote } from '@shared/notes/on-chart.js';

export interface MarkerPlace {
  /** Category index on the chart's category axis. */
  index: number;
  value: number;
}

const TAG = { backgroundColor: NOTE_MARK, color: '#ffffff', font: { weight: 600 as const, size: 11 }, padding: { x: 5, y: 2 }, borderRadius: 8 };

/**
 * Shapes for the notes. `placeOf` finds a marker's point (null: not drawn); `horizontal` for bar
 * charts whose categories run down the y axis.
 */
export function noteAnnotations(
  notes: ChartNotes,
  placeOf: (marker: ChartNotes['markers'][number]) => MarkerPlace | null,
  indexOf: (period: string) => number,
  horizontal = false,
): Record<string, AnnotationOptions> {
  const shapes: Record<string, AnnotationOptions> = {};
  for (const band of notes.bands) {
    const [from, to] = [indexOf(band.from), indexOf(band.to)];
    if (from < 0 || to < 0) continue;
    shapes[`band-${band.n}`] = {
      type: 'box',
      xMin: from - 0.5,
      xMax: to + 0.5,
      backgroundColor: NOTE_BAND,
      borderWidth: 0,
      drawTime: 'beforeDatasetsDraw',
      // A box's own label draws no background: the number in the notes' colour instead.
      label: { display: true, content: String(band.n), position: { x: 'center', y: 'start' }, color: NOTE_MARK, font: { weight: 600, size: 12 } },
    };
  }
  for (const marker of notes.markers) {
    const place = placeOf(marker);
    if (!place) continue;
    const [x, y] = horizontal ? [place.value, place.index] : [place.index, place.value];
    shapes[`ring-${marker.n}`] = { type: 'point', xValue: x, yValue: y, radius: 8, backgroundColor: 'rgba(0,0,0,0)', borderColor: NOTE_MARK, borderWidth: 2 };
    shapes[`tag-${marker.n}`] = {
      type: 'label',
      xValue: x,
      yValue: y,
      content: String(marker.n),
      ...(horizontal ? { yAdjust: -16 } : { yAdjust: -20 }),
      ...TAG,
    };
  }
  return shapes;
}

/** "✎ 2. motor vehicles +34%: …" for each note marked or banded at this period. */
export function noteTooltipLines(notes: ChartNotes, period: string, periodIndex: (code: string) => number): string[] {
  const at = periodIndex(period);
  const here: NumberedNote[] = [
    ...notes.markers.filter((m) => m.period === period),
    ...notes.bands.filter((b) => periodIndex(b.from) <= at && at <= periodIndex(b.to)),
  ].sort((a, b) => a.n - b.n);
  return here.map(({ n, note }) => {
    const line = note.text.replace(/\s+/g, ' ').trim();
    return `✎ ${n}. ${line.length > 90 ? `${line.slice(0, 89)}…` : line}`;
  });
}
