// One small chart of a grid: the member's name above a line chart on the grid's time range and the
// given y range (data-y-min/max say which). Drawn once scrolled near; a click opens the series.
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { Unit } from '@shared/domain.js';
import { useLang } from '../../i18n/useLang.js';
import { useRenderSignal } from '../renderSignal.js';
import type { ChartPoint } from '../SeriesChart/state.js';
import { smallMultipleConfig, type YRange } from './state.js';
import { useOnceVisible } from './useOnceVisible.js';

interface Props {
  seriesId: number;
  name: string;
  points: ChartPoint[];
  unit: Unit;
  range: YRange | null;
  time: YRange | null;
  /** A quantity's unit, said in the tooltip. */
  quantityUnit?: string | null;
  /** Says what a click does, e.g. "Open Hà Nội as a time series". */
  openLabel: string;
  onOpen: () => void;
}

export function SmallMultiple({ seriesId, name, points, unit, range, time, quantityUnit = null, openLabel, onOpen }: Props) {
  const lang = useLang();
  const { ref, visible } = useOnceVisible<HTMLDivElement>();
  const renderKey = `${seriesId}|${unit}|${lang}|${range?.min}:${range?.max}|${time?.min}:${time?.max}|${points.map((p) => `${p.period}=${p.value}`).join(',')}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const config = useMemo(
    () => smallMultipleConfig(points, { lang, unit, name, renderKey, range, time, quantityUnit }),
    [points, lang, unit, name, renderKey, range, time, quantityUnit],
  );
  const options = useMemo(() => ({ ...config.options, onClick: onOpen }), [config.options, onOpen]);
  return (
    <figure
      className="multiple"
      data-testid="multiple"
      data-series-id={seriesId}
      data-name={name}
      data-y-min={range?.min}
      data-y-max={range?.max}
      data-points={points.length}
      data-rendered={rendered ? 'true' : 'false'}
    >
      <figcaption>
        <button type="button" className="multiple__title" title={openLabel} onClick={onOpen} data-testid="multiple-open">
          {name}
        </button>
      </figcaption>
      <div className="multiple__chart" ref={ref}>
        {visible && <Line data={config.data} options={options} plugins={[plugin]} aria-label={name} role="img" />}
      </div>
    </figure>
  );
}
