// The time frame: over time within a date range (presets from the data, or chosen months), or this
// year against last year with the year to draw.
import { dataSpan, monthsSpec, rangePresets, type RangePreset } from '@shared/analysis/date-range.js';
import { SelectField } from '../../components/SelectField.js';
import { useStrings } from '../../i18n/useLang.js';
import type { Layout } from './seriesLayout.js';
import type { TimeFrame } from './timeFrame.js';
import { TIME_FRAME_STRINGS } from './timeFrameStrings.js';
import { rovingKeyDown } from '../../components/rovingFocus.js';
import './timeFrame.css';

interface Props {
  frame: TimeFrame;
  onChange: (frame: TimeFrame) => void;
  /** The series laid out: their periods before the range (what the presets are made from), the months shown, the years. */
  layout: Layout;
}

const CUSTOM = 'custom';

export function TimeFrameControl({ frame, onChange, layout }: Props) {
  const { periods, span, years, year } = layout;
  const t = useStrings(TIME_FRAME_STRINGS);
  const presets = rangePresets(periods);
  const whole = dataSpan(periods);
  const custom = frame.range.startsWith('months:');
  const presetName = (p: RangePreset): string =>
    p.kind === 'all' ? t.all : p.kind === 'last-months' ? t.lastMonths(p.count) : p.kind === 'last-years' ? t.lastYears(p.count) : t.years(p.from, p.to);
  const selected = custom ? CUSTOM : presets.some((p) => p.spec === frame.range) ? frame.range : 'all';
  const chooseRange = (value: string) =>
    onChange({ ...frame, range: value === CUSTOM ? monthsSpec(span.from ?? whole?.first ?? null, span.to ?? whole?.last ?? null) : value });

  return (
    <div className="time-frame" data-testid="time-frame" data-range-from={span.from ?? ''} data-range-to={span.to ?? ''}>
      <span className="field__label" id="time-frame-label">
        {t.display}
      </span>
      <div
        className="segmented"
        role="radiogroup"
        aria-labelledby="time-frame-label"
        onKeyDown={rovingKeyDown('[role="radio"]', (i) => onChange({ ...frame, yearLines: i === 1 }))}
      >
        {([false, true] as const).map((yearLines) => (
          <button
            key={String(yearLines)}
            type="button"
            role="radio"
            aria-checked={frame.yearLines === yearLines}
            tabIndex={frame.yearLines === yearLines ? 0 : -1}
            data-testid={yearLines ? 'display-years' : 'display-time'}
            className="segmented__option"
            onClick={() => onChange({ ...frame, yearLines })}
          >
            {yearLines ? t.yearLines : t.overTime}
          </button>
        ))}
      </div>
      {frame.yearLines ? (
        <SelectField
          label={t.year}
          testId="year-select"
          value={year === null ? '' : String(year)}
          options={[...years].reverse().map((y) => ({ value: String(y), label: t.yearAgainst(y) }))}
          onChange={(value) => onChange({ ...frame, year: Number(value) })}
        />
      ) : (
        <>
          <SelectField
            label={t.range}
            testId="range-select"
            value={selected}
            options={[...presets.map((p) => ({ value: p.spec, label: presetName(p) })), { value: CUSTOM, label: t.custom }]}
            onChange={chooseRange}
          />
          {custom && (
            <>
              <label className="field">
                <span className="field__label">{t.from}</span>
                <input
                  type="month"
                  data-testid="range-from"
                  value={span.from ?? ''}
                  onChange={(e) => onChange({ ...frame, range: monthsSpec(e.target.value || null, span.to) })}
                />
              </label>
              <label className="field">
                <span className="field__label">{t.to}</span>
                <input
                  type="month"
                  data-testid="range-to"
                  value={span.to ?? ''}
                  onChange={(e) => onChange({ ...frame, range: monthsSpec(span.from, e.target.value || null) })}
                />
              </label>
            </>
          )}
        </>
      )}
    </div>
  );
}
