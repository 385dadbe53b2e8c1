// The compare picker: a search box over the catalog (a combobox with its list of matches, a page at a
// time). Arrows move through the matches, Enter adds the one marked (or asks for more), Escape closes
// the list (then clears the box); series already on the chart are listed, marked, not chosen again.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { SeriesSummary } from '@shared/contract/catalog.js';
import { useStrings } from '../../i18n/useLang.js';
import { CATALOG_STRINGS } from '../catalog/strings.js';
import { moveActive, pickerEntries, type PickerEntry, type PickerKey } from './comparePickerState.js';
import { COMPARE_PICKER_STRINGS } from './comparePickerStrings.js';
import { usePickerSearch } from './usePickerSearch.js';
import type { View } from './views.js';
import './comparePicker.css';

interface Props {
  /** The view of the chart's first series. */
  view: View;
  onChart: ReadonlySet<number>;
  /** Set when the chart holds all it can: the box is disabled, saying why. */
  full: string | null;
  label: string;
  entryName: (series: SeriesSummary, view: View) => string;
  onPick: (series: SeriesSummary, view: View) => void;
}

const MOVES: readonly string[] = ['ArrowDown', 'ArrowUp', 'Home', 'End'] satisfies PickerKey[];

export function ComparePicker({ view, onChart, full, label, entryName, onPick }: Props) {
  const s = useStrings(COMPARE_PICKER_STRINGS);
  const groupNames = useStrings(CATALOG_STRINGS).groups;
  const id = useId();
  const [typed, setTyped] = useState('');
  const [opened, setOpen] = useState(false);
  // a chart that is full closes the list (the box is disabled)
  const open = opened && full === null;
  const { results, current, more } = usePickerSearch(typed, open);
  const entries = pickerEntries(results?.groups ?? [], onChart, view);
  const count = entries.length + (more ? 1 : 0);
  // The entry marked, for the results it was marked in: new results start unmarked.
  const [marked, setMarked] = useState({ search: '', index: -1 });
  const active = open && results && marked.search === results.search && marked.index < count ? marked.index : -1;
  const optionId = (index: number) => `${id}-option-${index}`;
  const mark = (index: number) => setMarked({ search: results?.search ?? '', index });

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId: the same for the same index
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const choose = (index: number) => {
    if (index === entries.length) return more?.();
    const entry = entries[index];
    if (!entry || entry.onChart) return;
    onPick(entry.series, entry.view);
    setTyped('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const move = MOVES.includes(e.key) && (e.key.startsWith('Arrow') || active >= 0);
    if (move) {
      e.preventDefault();
      if (!open) setOpen(true);
      else mark(moveActive(active, count, e.key as PickerKey));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape' && (open || typed)) {
      e.preventDefault();
      e.stopPropagation();
      if (open) setOpen(false);
      else setTyped('');
    }
  };

  // The entries by group, each keeping its place in the list.
  const groups: { key: PickerEntry['group']; items: { entry: PickerEntry; index: number }[] }[] = [];
  entries.forEach((entry, index) => {
    const last = groups.at(-1);
    if (last?.key === entry.group) last.items.push({ entry, index });
    else groups.push({ key: entry.group, items: [{ entry, index }] });
  });

  return (
    <div className="compare-picker">
      <input
        type="search"
        role="combobox"
        data-testid="compare-add"
        className="compare-picker__input"
        aria-label={label}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        placeholder={s.placeholder}
        title={full ?? undefined}
        disabled={full !== null}
        value={typed}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setTyped(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div className="compare-picker__popup">
          <div
            role="listbox"
            id={`${id}-list`}
            aria-label={label}
            className="compare-picker__list"
            data-testid="compare-options"
            data-search={results?.search}
            data-current={current}
            // keeps the focus in the box when an entry is clicked
            onMouseDown={(e) => e.preventDefault()}
          >
            {groups.map((group) => (
              <div role="group" key={group.key} aria-labelledby={`${id}-${group.key}`}>
                <div role="presentation" id={`${id}-${group.key}`} className="compare-picker__group">
                  {groupNames[group.key]}
                </div>
                {group.items.map(({ entry, index }) => (
                  <div
                    key={entry.key}
                    id={optionId(index)}
                    role="option"
                    className="compare-picker__option"
                    data-testid="compare-option"
                    data-series-id={entry.series.id}
                    aria-selected={index === active}
                    aria-disabled={entry.onChart || undefined}
                    onMouseMove={() => index !== active && mark(index)}
                    onClick={() => choose(index)}
                  >
                    <span className="compare-picker__name">{entryName(entry.series, entry.view)}</span>
                    {entry.onChart && <span className="compare-picker__mark">{s.onChart}</span>}
                  </div>
                ))}
              </div>
            ))}
            {more && results && (
              <div
                id={optionId(entries.length)}
                role="option"
                className="compare-picker__option compare-picker__more"
                data-testid="compare-more"
                aria-selected={active === entries.length}
                onMouseMove={() => active !== entries.length && mark(entries.length)}
                onClick={() => choose(entries.length)}
              >
                {s.more(results.loaded, results.total)}
              </div>
            )}
          </div>
          {results && (
            <p className="compare-picker__status muted" aria-live="polite" data-testid="compare-status">
              {results.total === 0 ? s.none : s.shown(results.loaded, results.total)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
