// Colours from the Okabe–Ito palette, which stays distinguishable with common colour blindness.
import type { PeriodKind } from '../domain.js';

export const INK = '#1f2933';
export const INK_MUTED = '#52606d';
export const GRID = '#e4e7eb';
export const ZERO_LINE = '#9aa5b1';

/** Bars: rises blue, falls vermillion (a colour-blind-safe pair). */
export const POSITIVE = '#0072B2';
export const NEGATIVE = '#D55E00';

export const barColour = (value: number): string => (value < 0 ? NEGATIVE : POSITIVE);

/** Each period kind its own colour and point shape, so they read apart without colour too. */
export const KIND_STYLE: Record<PeriodKind, { colour: string; point: 'circle' | 'rect' | 'triangle' | 'rectRot' }> = {
  month: { colour: '#0072B2', point: 'circle' },
  cumulative: { colour: '#E69F00', point: 'rect' },
  quarter: { colour: '#009E73', point: 'triangle' },
  year: { colour: '#CC79A7', point: 'rectRot' },
};

/**
 * Several series on one chart: one colour each, in this order (Okabe–Ito again, with a dark gold for
 * its yellow, which reads badly on white); their period kinds then differ by point shape and dash.
 */
export const SERIES_COLOURS: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#B8860B'];

/** Notes: markers and their numbers (reddish purple reads apart from the kinds' colours), bands a light grey. */
export const NOTE_MARK = '#6B2C91';
export const NOTE_BAND = 'rgba(82, 96, 109, 0.12)';

/** Points the consistency checks found at odds with other figures: a red apart from every series colour. */
export const CHECK_MARK = '#C8102E';
