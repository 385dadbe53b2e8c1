// Ids of our own Chart.js plugins; kept apart so pure chart-state modules need no React.
export const RENDER_SIGNAL_ID = 'iipRenderSignal';
export const BAR_VALUE_LABELS_ID = 'iipBarValueLabels';
export const REFERENCE_LINE_ID = 'iipReferenceLine';
export const CHECK_MARKS_ID = 'iipCheckMarks';
/** Which datasets hold the kept points of thinned lines (see keptPoints.ts). */
export const KEPT_POINTS_ID = 'iipKeptPoints';
/** The pointer's mode on charts with thinned lines: the nearest point, a kept one first (see keptPoints.ts). */
export const NEAREST_KEPT_MODE = 'iipNearestKept';
