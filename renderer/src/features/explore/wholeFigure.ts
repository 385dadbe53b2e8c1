// A compared series' figure, drawn without sources, asked for whole when it is clicked: its series'
// figures in the view drawn (figures:series; figures:get would prefer a % change to the index drawn).
import type { FigureValue } from '@shared/contract/figures.js';
import { figuresOfSeries } from '@shared/series-points.js';
import { invoke } from '../../bridge/bridge.js';
import { withAsOf } from '../../state/asOf.js';

export async function wholeFigure(drawn: FigureValue, asOf: string | null): Promise<FigureValue | null> {
  const input = { seriesId: drawn.seriesId, basis: drawn.basis, unit: drawn.unit };
  const answer = await invoke('figures:series', withAsOf('figures:series', input, asOf));
  return figuresOfSeries(answer).find((f) => f.period === drawn.period) ?? null;
}
