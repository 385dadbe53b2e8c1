import type { figuresChannels } from '../../shared/contract/figures.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { getFigure, latestSummary, ranking, seriesFigures } from './queries.js';

export function figuresHandlers({ db }: CoreContext): DomainHandlers<typeof figuresChannels> {
  return {
    handlers: {
      'figures:series': async ({ seriesId, basis, unit, asOf }) => seriesFigures(db, seriesId, basis, asOf, unit),
      'figures:get': async (q) => getFigure(db, q),
      'figures:ranking': async (q) => ranking(db, q),
      'latest:summary': async (q) => latestSummary(db, q),
    },
  };
}
