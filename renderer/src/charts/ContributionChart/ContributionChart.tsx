// The sections' contributions to growth, stacked per period, with the whole industry's growth as a
// line on the same axis.
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { PeriodContributionsRow } from '@shared/contract/contributions.js';
import { useLang } from '../../i18n/useLang.js';
import { useRenderSignal } from '../renderSignal.js';
import { contributionChartConfig, drawablePeriods } from './state.js';

interface Props {
  periods: PeriodContributionsRow[];
  sectionNames: Record<string, string>;
  totalLabel: string;
  axisTitle: string;
  label: string;
}

export function ContributionChart({ periods, sectionNames, totalLabel, axisTitle, label }: Props) {
  const lang = useLang();
  const shown = drawablePeriods(periods);
  const renderKey = `${shown.map((p) => `${p.period}:${p.sections.map((s) => s.computed?.value ?? '-').join('/')}:${p.total?.value ?? '-'}`).join(',')}|${lang}`;
  const { plugin, rendered } = useRenderSignal(renderKey);
  const config = useMemo(
    () => contributionChartConfig(periods, { lang, sectionNames, totalLabel, axisTitle, renderKey }),
    [periods, lang, sectionNames, totalLabel, axisTitle, renderKey],
  );
  const stacked = shown.filter((p) => p.sections.some((s) => s.computed !== null)).length;
  return (
    <div className="chart chart--contributions" data-testid="contribution-chart" data-rendered={rendered ? 'true' : 'false'} data-stacked-periods={stacked}>
      <Bar data={config.data} options={config.options} plugins={[plugin]} aria-label={label} role="img" />
    </div>
  );
}
