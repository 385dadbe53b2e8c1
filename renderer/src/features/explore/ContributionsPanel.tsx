// Contributions mode: the sections' contributions to the whole industry's growth over a year's
// months or cumulative periods (stacked, the total as a line), and for one period a table of each
// section's growth, weight, computed and stated contribution, flagged where they differ beyond
// rounding. Weights files are imported here too.
import { useMemo, useState, type ChangeEvent } from 'react';
import type { PeriodContributionsRow, SectionContributionRow, UsedWeight, WeightsImportReport } from '@shared/contract/contributions.js';
import { formatNumber, formatPeriod, itemName } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { cumulativePeriod, monthPeriod, parsePeriod, yearPeriod } from '@shared/period.js';
import { invoke } from '../../bridge/bridge.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { ContributionChart } from '../../charts/ContributionChart/ContributionChart.js';
import { drawablePeriods } from '../../charts/ContributionChart/state.js';
import { SelectField } from '../../components/SelectField.js';
import { numberOptions, periodOptions } from '../../components/selectOptions.js';
import { TableHead } from '../../components/TableHead.js';
import { COMMON_STRINGS } from '../../i18n/common.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { bumpDataVersion } from '../../state/dataVersion.js';
import { CONTRIBUTIONS_STRINGS } from './contributionsStrings.js';

const KINDS = ['month', 'cumulative'] as const;
type Kind = (typeof KINDS)[number];
const QUERY = { geo: 'VN', basis: 'yoy' } as const;

/** The periods a year's chart asks for: its 12 months, or January to each month and the year. */
export function periodsOfYear(year: number, kind: Kind): string[] {
  if (kind === 'month') return Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1).code);
  return [...Array.from({ length: 10 }, (_, i) => cumulativePeriod(year, i + 2).code), yearPeriod(year).code];
}

const signed = (v: { value: number; decimals: number } | null, lang: Lang): string =>
  v === null ? '–' : `${v.value > 0 ? '+' : ''}${formatNumber(v.value, v.decimals, lang)}`;

export function ContributionsPanel() {
  const lang = useLang();
  const s = useStrings(CONTRIBUTIONS_STRINGS);
  const common = useStrings(COMMON_STRINGS);
  const offered = useBridgeQuery('analysis:contribution-periods', QUERY).data;
  const lastStated = offered?.stated[offered.stated.length - 1];
  const [choice, setChoice] = useState<{ year: number | null; kind: Kind | null; period: string | null }>({ year: null, kind: null, period: null });
  // the last import's report, or its error's message (worded when shown, so a language switch rewords it)
  const [imported, setImported] = useState<{ report: WeightsImportReport } | { error: string } | null>(null);

  const year = choice.year ?? (lastStated ? Number(parsePeriod(lastStated)!.end.slice(0, 4)) : (offered?.years[offered.years.length - 1] ?? null));
  const kind: Kind = choice.kind ?? (lastStated && parsePeriod(lastStated)!.kind === 'month' ? 'month' : 'cumulative');
  const input = year === null ? null : { ...QUERY, periods: periodsOfYear(year, kind) };
  const { data, loading } = useBridgeQuery('analysis:contributions', input);
  const drawable = useMemo(() => (data ? drawablePeriods(data.periods) : []), [data]);
  const withStated = drawable.filter((p) => p.sections.some((x) => x.stated !== null));
  const tablePeriod = drawable.find((p) => p.period === choice.period) ?? withStated[withStated.length - 1] ?? drawable[drawable.length - 1];
  const sectionNames = useMemo(() => Object.fromEntries((data?.periods[0]?.sections ?? []).map((x) => [x.item.code, itemName(x.item, lang)])), [data, lang]);

  const importWeights = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const report = await invoke('analysis:weights-import', { fileName: file.name, content: await file.text() });
      setImported({ report });
      bumpDataVersion();
    } catch (err) {
      setImported({ error: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <section className="panel" aria-busy={loading} data-testid="contributions-panel">
      <header className="panel__head">
        <h2 className="chart-title" data-testid="contributions-title">
          {year === null ? s.mode : s.title(year)}
        </h2>
        <div className="fields">
          <SelectField
            label={s.year}
            testId="contributions-year"
            value={year === null ? '' : String(year)}
            options={numberOptions(offered?.years ?? [])}
            onChange={(y) => setChoice({ ...choice, year: Number(y), period: null })}
          />
          <SelectField
            label={s.kind}
            testId="contributions-kind"
            value={kind}
            options={KINDS.map((k) => ({ value: k, label: s.kinds[k] }))}
            onChange={(k) => setChoice({ ...choice, kind: k, period: null })}
          />
          <label className="field">
            <span className="field__label">{s.importWeights}</span>
            <input type="file" accept=".csv,text/csv" data-testid="weights-file" onChange={(e) => void importWeights(e)} />
          </label>
        </div>
      </header>
      {imported && (
        <p className={`notice ${'report' in imported ? 'notice--ok' : 'notice--error'}`} role="status" data-testid="weights-message">
          {'report' in imported
            ? imported.report.baseYears.map((g) => s.imported(g.baseYear, g.weights, g.replaced)).join(' ')
            : s.importFailed(imported.error)}
        </p>
      )}
      {tablePeriod?.noWeights && (
        <p className="notice notice--warn" data-testid="contributions-no-weights">
          {s.noWeights(tablePeriod.baseYear.year)}
        </p>
      )}
      {data && drawable.length === 0 && <p className="empty">{common.emptyPeriod}</p>}
      {drawable.length > 0 && (
        <ContributionChart
          periods={drawable}
          sectionNames={sectionNames}
          totalLabel={s.total}
          axisTitle={s.axis}
          label={year === null ? s.mode : s.title(year)}
        />
      )}
      {tablePeriod && (
        <>
          <div className="fields">
            <SelectField
              label={s.period}
              testId="contributions-period"
              value={tablePeriod.period}
              options={periodOptions(
                drawable.map((p) => p.period),
                lang,
              )}
              onChange={(period) => setChoice({ ...choice, period })}
            />
          </div>
          <p className="muted" data-testid="contributions-base-year">
            {s.baseYear[tablePeriod.baseYear.from](tablePeriod.baseYear.year)}
          </p>
          <ContributionsTable period={tablePeriod} />
        </>
      )}
      {!data && loading && <p className="muted">{common.loading}</p>}
    </section>
  );
}

/** Two significant digits of an error, at most two decimals (1.7, 0.84). */
const errorDecimals = (error: number): number => (error > 0 ? Math.min(2, Math.max(0, 1 - Math.floor(Math.log10(error)))) : 0);

/** The weight as shown, a short word on where it comes from, and the whole story for its tooltip. */
function weightText(w: UsedWeight | null, s: typeof CONTRIBUTIONS_STRINGS.en, lang: Lang): { value: string; origin: string; detail: string } {
  if (!w) return { value: '–', origin: s.noWeight, detail: s.noWeight };
  const value = `${formatNumber(w.value, w.decimals, lang)}${w.origin === 'implied' ? ` ±${formatNumber(w.error, errorDecimals(w.error), lang)}` : ''}`;
  if (w.origin === 'file') return { value, origin: s.origin.file, detail: s.weightFile(w.source ?? '') };
  const detail = w.circular ? s.weightCircular : s.weightImplied(formatPeriod(w.impliedFrom!.period, lang));
  return { value, origin: w.circular ? s.origin.circular : s.origin.implied, detail };
}

/** stated − computed with the allowance below it. */
function DifferenceCell({ d, lang, s }: { d: { difference: number; allowance: number } | null; lang: Lang; s: typeof CONTRIBUTIONS_STRINGS.en }) {
  if (!d) return <td className="num">–</td>;
  return (
    <td className="num">
      {signed({ value: d.difference, decimals: 2 }, lang)}
      <span className="contributions__note">{s.allowance(formatNumber(d.allowance, 2, lang))}</span>
    </td>
  );
}

/** Whether stated and computed differ beyond rounding; empty where there is nothing to compare. */
function FlagCell({ d, s }: { d: { flagged: boolean } | null; s: typeof CONTRIBUTIONS_STRINGS.en }) {
  return <td>{d ? d.flagged ? <strong className="status status--flag">{s.beyond}</strong> : s.within : ''}</td>;
}

function ContributionsTable({ period }: { period: PeriodContributionsRow }) {
  const lang = useLang();
  const s = useStrings(CONTRIBUTIONS_STRINGS);
  const t = s.table;
  const row = (x: SectionContributionRow) => {
    const weight = weightText(x.weight, s, lang);
    const flagged = x.versusStated?.flagged === true;
    return (
      <tr
        key={x.item.code}
        data-testid={`contribution-row-${x.item.code}`}
        data-flagged={flagged ? 'true' : 'false'}
        className={flagged ? 'is-flagged' : undefined}
      >
        <th scope="row">{itemName(x.item, lang)}</th>
        <td className="num">{signed(x.growth, lang)}</td>
        <td className="num" title={weight.detail}>
          {weight.value}
          <span className="contributions__note">{weight.origin}</span>
        </td>
        <td className="num">{signed(x.computed, lang)}</td>
        <td className="num" title={x.stated?.release.quote ?? undefined}>
          {signed(x.stated, lang)}
        </td>
        <DifferenceCell d={x.versusStated} lang={lang} s={s} />
        <FlagCell d={x.versusStated} s={s} />
      </tr>
    );
  };
  const sum = period.sumVersusTotal;
  return (
    <div className="table-wrap">
      <table className="data-table contributions-table" data-testid="contributions-table">
        <caption>{t.caption(formatPeriod(period.period, lang))}</caption>
        <TableHead
          columns={[
            { label: t.section },
            { label: t.growth, numeric: true },
            { label: t.weight, numeric: true },
            { label: t.computed, numeric: true },
            { label: t.stated, numeric: true },
            { label: t.difference, numeric: true },
            { label: t.flag },
          ]}
        />
        <tbody>
          {period.sections.map(row)}
          <tr data-testid="contribution-row-sum" data-flagged={sum?.flagged ? 'true' : 'false'}>
            <th scope="row">{t.sum}</th>
            <td className="num">{signed(period.total, lang)}</td>
            <td />
            <td className="num">{signed(period.sumComputed, lang)}</td>
            <td />
            <DifferenceCell d={sum} lang={lang} s={s} />
            <FlagCell d={sum} s={s} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
