// The figures of several series in one view (the series compared on one chart), with their sources:
// `figures:series` answers come lean (each release once, points citing it by id); the views get
// FigureValues.
import type { FigureValue } from '@shared/contract/figures.js';
import type { In, Out } from '@shared/contract/index.js';
import { figuresOfSeries } from '@shared/series-points.js';
import { useSeriesAnswers, type SeriesAnswers } from './useSeriesAnswers.js';

/** A figures:series answer with its points as FigureValues, their releases named in full. */
export interface SeriesFiguresView {
  series: Out<'figures:series'>['series'];
  basis: Out<'figures:series'>['basis'];
  points: FigureValue[];
}

export type SeriesListState = SeriesAnswers<SeriesFiguresView>;

const figuresView = (answer: Out<'figures:series'>): SeriesFiguresView => ({ series: answer.series, basis: answer.basis, points: figuresOfSeries(answer) });

export const useSeriesFigures = (inputs: In<'figures:series'>[]): SeriesListState => useSeriesAnswers('figures:series', inputs, figuresView);
