// Small multiples: one small line chart per member of a group (sections, divisions, localities or
// products) in one view, on a shared or a free y scale; a click opens that series over time. A page
// of members at a time (products are thousands on a national store): only they are asked for.
import { useMemo, useState } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { itemQuantityUnit, seriesName } from '@shared/format.js';
import { TOTAL_ITEM } from '@shared/domain.js';
import { figureTitle, VOCABULARY } from '@shared/vocabulary.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { SmallMultiple } from '../../charts/SmallMultiples/SmallMultiple.js';
import { memberPoints, multiplesKind, multiplesRanges, multiplesTimeRange, SCALE_MODES, type ScaleMode } from '../../charts/SmallMultiples/state.js';
import { Pager } from '../../components/Pager.js';
import { SelectField } from '../../components/SelectField.js';
import { COMMON_STRINGS } from '../../i18n/common.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import type { MultiplesChoice } from './exploreState.js';
import { GroupField } from './GroupField.js';
import { MULTIPLES_STRINGS } from './multiplesStrings.js';
import { rankingMeasure } from './RankingPanel.js';
import { EXPLORE_STRINGS } from './strings.js';
import { useSeriesPoints } from './useSeriesPoints.js';
import { orderedViews, resolveView, viewKey } from './views.js';
import './multiples.css';

/** Small charts drawn at once. */
export const MULTIPLES_PAGE_SIZE = 48;

interface Props {
  choice: MultiplesChoice;
  onChange: (choice: MultiplesChoice) => void;
  /** A small chart was clicked: show its series over time in this view. */
  onOpen: (series: SeriesSummary, view: string) => void;
}

export function MultiplesPanel({ choice, onChange, onOpen }: Props) {
  const lang = useLang();
  const s = useStrings(EXPLORE_STRINGS);
  const m = useStrings(MULTIPLES_STRINGS);
  const v = useStrings(VOCABULARY);
  const common = useStrings(COMMON_STRINGS);
  // A new group starts on its first page.
  const [paged, setPaged] = useState({ group: choice.group, page: 0 });
  const page = paged.group === choice.group ? paged.page : 0;
  const measure = rankingMeasure(choice.group);
  // A page of the group's series of one measure (the whole catalog is megabytes on a national store); a locality by its whole industry, as rankings compare them.
  const answer = useBridgeQuery('catalog:list', {
    group: choice.group,
    measure,
    offset: page * MULTIPLES_PAGE_SIZE,
    limit: MULTIPLES_PAGE_SIZE,
    ...(choice.group === 'locality' ? { items: [TOTAL_ITEM] } : {}),
  }).data;
  const catalog = answer?.groups;
  const members = useMemo(() => catalog?.find((g) => g.key === choice.group)?.series ?? [], [catalog, choice.group]);
  const views = useMemo(() => orderedViews(members.flatMap((one) => one.views)), [members]);
  const view = resolveView(views, choice.view);
  const inputs = view ? members.map((one) => ({ seriesId: one.id, basis: view.basis, unit: view.unit })) : [];
  // What the small charts draw alone (no sources): a click opens the series, whose chart has them.
  const { data, loading } = useSeriesPoints(inputs);
  // Products' quantities are in different units (tonnes, units, kWh): one scale for all would mean nothing.
  const forcedFree = view?.unit === 'qty';
  const scale: ScaleMode = forcedFree ? 'free' : choice.scale;

  const grid = useMemo(() => {
    const lists = data ?? [];
    const kind = multiplesKind(lists);
    const points = lists.map((list) => memberPoints(list, kind));
    const ranges = multiplesRanges(points, view?.unit ?? 'pct', scale);
    const time = multiplesTimeRange(points);
    const shown = members.flatMap((series, i) => (points[i]?.length ? [{ series, points: points[i], range: ranges[i] ?? null }] : []));
    return { kind, time, shown, without: data ? members.length - shown.length : 0 };
  }, [data, members, view?.unit, scale]);

  const unit = view?.unit ?? 'pct';
  const what = view ? figureTitle(lang, measure, view.basis, unit) : '';
  const title = `${s.rankingGroups[choice.group]}${what ? ` — ${what}` : ''}`;

  return (
    <section className="panel" aria-busy={loading}>
      <header className="panel__head">
        <h2 className="chart-title" data-testid="multiples-title">
          {title}
        </h2>
        <div className="fields">
          <GroupField testId="multiples-group" value={choice.group} onChange={(group) => onChange({ ...choice, group, view: null })} />
          {views.length > 0 && (
            <SelectField
              label={s.basis}
              testId="multiples-view"
              value={view ? viewKey(view) : ''}
              options={views.map((option) => ({ value: viewKey(option), label: v.views(option.basis, option.unit) }))}
              onChange={(key) => onChange({ ...choice, view: key })}
            />
          )}
          <SelectField
            label={m.scale}
            testId="multiples-scale"
            value={scale}
            disabled={forcedFree}
            title={forcedFree ? m.quantitiesFree : undefined}
            options={SCALE_MODES.map((mode) => ({ value: mode, label: m.scales[mode] }))}
            onChange={(mode) => onChange({ ...choice, scale: mode })}
          />
        </div>
      </header>
      <Pager
        page={page}
        pageSize={MULTIPLES_PAGE_SIZE}
        total={answer?.total ?? 0}
        onPage={(next) => setPaged({ group: choice.group, page: next })}
        testId="multiples-pager"
      />
      {data && grid.shown.length === 0 && <p className="empty">{s.noFigures}</p>}
      {grid.shown.length > 0 && grid.kind && (
        <>
          <p className="muted multiples__note" data-testid="multiples-note">
            {m.count(grid.shown.length, v.kinds[grid.kind])} · {forcedFree ? m.quantitiesFree : scale === 'shared' ? m.sharedNote : m.freeNote}
          </p>
          <div className="multiples" data-testid="multiples" data-scale={scale} data-count={grid.shown.length}>
            {grid.shown.map(({ series, points, range }) => {
              const name = seriesName(series, lang);
              return (
                <SmallMultiple
                  key={series.id}
                  seriesId={series.id}
                  name={name}
                  points={points}
                  unit={unit}
                  range={range}
                  time={grid.time}
                  quantityUnit={unit === 'qty' ? itemQuantityUnit(series.item, lang) : null}
                  openLabel={m.open(name)}
                  onOpen={() => view && onOpen(series, viewKey(view))}
                />
              );
            })}
          </div>
        </>
      )}
      {grid.without > 0 && <p className="muted">{m.without(grid.without)}</p>}
      {!data && loading && <p className="muted">{common.loading}</p>}
    </section>
  );
}
