// "Add note" on a series chart: on the whole series, or on a period range of it (optionally a
// band on every chart, for events such as Tết or the 2025 merger).
import { useState } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { Basis } from '@shared/domain.js';
import { SelectField } from '../../components/SelectField.js';
import { periodOptions } from '../../components/selectOptions.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { NoteEditor } from './NoteEditor.js';
import { addNote } from './notesActions.js';
import { NOTES_STRINGS } from './strings.js';
import { rovingKeyDown } from '../../components/rovingFocus.js';

interface Props {
  series: SeriesSummary;
  basis: Basis;
  /** The chart's periods, in order. */
  periods: string[];
}

export function SeriesNoteButton({ series, basis, periods }: Props) {
  const lang = useLang();
  const s = useStrings(NOTES_STRINGS);
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<'series' | 'range'>('series');
  const [from, setFrom] = useState(periods[0] ?? '');
  const [to, setTo] = useState(periods[periods.length - 1] ?? '');
  const [everyChart, setEveryChart] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--small" data-testid="series-add-note" onClick={() => setOpen(true)}>
        {s.addNote}
      </button>
    );
  }
  const options = periodOptions(periods, lang);
  const anchor =
    scope === 'series'
      ? { scope: 'series' as const, geo: series.geo.code, item: series.item.code, measure: series.measure, basis }
      : everyChart
        ? { scope: 'range' as const, from, to, geo: null, item: null }
        : { scope: 'range' as const, from, to, geo: series.geo.code, item: series.item.code, measure: series.measure };
  return (
    <div className="series-note" data-testid="series-note">
      <div className="segmented" role="radiogroup" onKeyDown={rovingKeyDown('[role="radio"]', (i) => setScope(i === 0 ? 'series' : 'range'))}>
        {(['series', 'range'] as const).map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={scope === option}
            tabIndex={scope === option ? 0 : -1}
            className="segmented__option"
            data-testid={`note-scope-${option}`}
            onClick={() => setScope(option)}
          >
            {option === 'series' ? s.addSeriesNote : s.addRangeNote}
          </button>
        ))}
      </div>
      {scope === 'range' && (
        <div className="fields">
          <SelectField label={s.from} testId="note-from" value={from} options={options} onChange={setFrom} />
          <SelectField label={s.to} testId="note-to" value={to} options={options} onChange={setTo} />
          <label className="check">
            <input type="checkbox" data-testid="note-every-chart" checked={everyChart} onChange={(e) => setEveryChart(e.target.checked)} />
            {s.onEveryChart}
          </label>
        </div>
      )}
      <NoteEditor
        onCancel={() => setOpen(false)}
        onSave={async (draft) => {
          await addNote({ anchor, ...draft });
          setOpen(false);
        }}
      />
    </div>
  );
}
