// The command palette (Ctrl+K, ⌘K on macOS): a modal dialog with a combobox. Type to find a series
// (diacritics ignored), a view, a transformation or an action; ↑↓ move, Enter runs, Escape closes
// and gives the focus back to where it was. The focus stays in the box (the list's options are
// reached through aria-activedescendant, not Tab).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useStore } from '../../state/createStore.js';
import { openTab } from '../../state/navigation.js';
import { sayNotice } from '../../state/notice.js';
import { selectSeries, updateExplore } from '../explore/exploreState.js';
import { rankEntries } from './paletteRanking.js';
import { closePalette, paletteStore } from './paletteState.js';
import { COMMAND_STRINGS } from './strings.js';
import { usePaletteEntries, type ShownEntry } from './usePaletteEntries.js';
import { runAction } from './useShellActions.js';
import './palette.css';

/** The palette while it is open (mounted afresh each time, so it opens empty). */
export function PaletteHost() {
  const open = useStore(paletteStore);
  return open ? <CommandPalette /> : null;
}

function CommandPalette() {
  const lang = useLang();
  const s = useStrings(COMMAND_STRINGS);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const entries = usePaletteEntries(query, lang);
  const shown = rankEntries(query, entries, 30) as ShownEntry[];
  const at = Math.min(active, Math.max(0, shown.length - 1));
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    // braces: newer Chromium's scrollIntoView returns a promise, which React would take for a cleanup
    list.current?.querySelector(`[data-index="${at}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  const close = () => {
    closePalette();
    if (opener?.isConnected) opener.focus();
  };
  const choose = (entry: ShownEntry | undefined) => {
    if (!entry) return;
    close();
    if (entry.unavailable) sayNotice(entry.unavailable);
    else if (entry.series) {
      const series = entry.series;
      updateExplore((st) => selectSeries(st, series));
      openTab('explore');
    } else runAction(entry.key, lang);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const move = (to: number) => {
      e.preventDefault();
      if (shown.length > 0) setActive((to + shown.length) % shown.length);
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'PageDown') move(Math.min(shown.length - 1, at + 8));
    else if (e.key === 'PageUp') move(Math.max(0, at - 8));
    else if (e.key === 'Enter') {
      e.preventDefault();
      choose(shown[at]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') e.preventDefault(); // the focus stays in the dialog: its box is its one stop
  };

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="palette" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} data-testid="palette" onKeyDown={onKeyDown}>
        <h2 id={`${id}-title`} className="visually-hidden">
          {s.palette.title}
        </h2>
        <input
          ref={input}
          className="palette__input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? optionId(at) : undefined}
          aria-label={s.palette.title}
          placeholder={s.palette.placeholder}
          autoComplete="off"
          spellCheck={false}
          data-testid="palette-input"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
        <ul ref={list} id={`${id}-list`} className="palette__list" role="listbox" aria-label={s.palette.results} data-testid="palette-list">
          {shown.map((entry, i) => (
            <li
              key={entry.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === at}
              aria-disabled={entry.unavailable ? true : undefined}
              className="palette__option"
              data-testid="palette-option"
              data-key={entry.key}
              data-kind={entry.kind}
              data-index={i}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(entry)}
            >
              <span className="palette__label">{entry.label}</span>
              <span className="palette__hint">{entry.unavailable ?? entry.hint}</span>
              {entry.shortcut && <kbd className="palette__shortcut">{entry.shortcut}</kbd>}
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p className="palette__empty muted">{s.palette.none}</p>}
        <p className="palette__keys muted" aria-hidden="true">
          {s.palette.hint}
        </p>
      </div>
    </div>
  );
}
