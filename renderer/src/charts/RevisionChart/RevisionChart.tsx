// A figure's vintages as a step line of value by publication date; hovering a point names its release.
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { Vintage } from '@shared/contract/figures.js';
import type { Unit } from '@shared/domain.js';
import { useLang } from '../../i18n/useLang.js';
import { useRenderSignal } from '../renderSignal.js';
import { revisionChartConfig } from './state.js';

interface Props {
  vintages: Vintage[];
  unit: Unit;
  quantityUnit: string | null;
  axisTitle: string;
  label: string;
}

export function RevisionChart({ vintages, unit, quantityUnit, axisTitle, label }: Props) {
  const lang = useLang();
  const renderKey = `${vintages.map((v) => `${v.releaseId}:${v.value}`).join(',')}|${axisTitle}|${lang}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const config = useMemo(
    () => revisionChartConfig(vintages, { lang, unit, quantityUnit, axisTitle, renderKey }),
    [vintages, lang, unit, quantityUnit, axisTitle, renderKey],
  );
  return (
    <div className="chart chart--revision" data-testid="revision-chart" data-rendered={rendered ? 'true' : 'false'} data-points={vintages.length}>
      <Line data={config.data} options={config.options} plugins={[plugin]} aria-label={label} role="img" />
    </div>
  );
}
