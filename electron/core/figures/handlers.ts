import type { figuresChannels } from '../../shared/contract/figures.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { figureHistory, seriesRevisions } from './history.js';
import { getFigure } from './figure.js';
import { seriesPoints } from './points-read.js';
import { latestSummary, ranking, seriesFigures } from './queries.js';
import { transformedSeries } from './transformed.js';

export function figuresHandlers({ db }: CoreContext): DomainHandlers<typeof figuresChannels> {
  return {
    handlers: {
      'figures:series': async ({ seriesId, basis, unit, asOf }) => seriesFigures(db, seriesId, basis, asOf, unit),
      'figures:points': async ({ seriesId, basis, unit, kind, asOf }) => seriesPoints(db, seriesId, basis, asOf, unit, kind),
      'figures:get': async (q) => getFigure(db, q),
      'figures:ranking': async (q) => ranking(db, q),
      'figures:transformed': async (q) => transformedSeries(db, q),
      'figures:history': async (q) => figureHistory(db, q),
      'figures:revisions': async (q) => seriesRevisions(db, q),
      'latest:summary': async (q) => latestSummary(db, q),
    },
  };
}
