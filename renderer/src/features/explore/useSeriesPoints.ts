// The drawn points of several series in one view (the small multiples): `figures:points`, what a
// chart draws without sources. The figure panel asks for a figure's sources and history itself
// (figures:history).
import type { In } from '@shared/contract/index.js';
import { drawnPoints, type DrawnPoint } from '@shared/points-flags.js';
import { useSeriesAnswers, type SeriesAnswers } from './useSeriesAnswers.js';

export type SeriesPointsState = SeriesAnswers<DrawnPoint[]>;

export const useSeriesPoints = (inputs: In<'figures:points'>[]): SeriesPointsState => useSeriesAnswers('figures:points', inputs, drawnPoints);
