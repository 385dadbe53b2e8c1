// Decks: named slide baskets (one per client), kept in the store. Slides are titled, reordered and
// removed; after a release, Refresh re-draws every slide and lists the numbers that changed, then
// the deck is exported as one PowerPoint file.
import { useState } from 'react';
import type { Basket, SlideChange } from '@shared/contract/export.js';
import { formatNumber } from '@shared/format.js';
import { invoke } from '../../bridge/bridge.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { downloadBase64 } from '../../components/download.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useStore } from '../../state/createStore.js';
import { bumpDataVersion } from '../../state/dataVersion.js';
import { COMMAND_STRINGS } from '../commands/strings.js';
import { useAction } from '../commands/useAction.js';
import { useReportError } from '../../state/errors.js';
import { usePreferences } from '../../state/preferences.js';
import { chooseDeck, currentDeckStore } from './deckState.js';
import { EXPORT_STRINGS } from './strings.js';
import { rovingKeyDown } from '../../components/rovingFocus.js';

export function DecksView() {
  const s = useStrings(EXPORT_STRINGS);
  const report = useReportError();
  const decks = useBridgeQuery('baskets:list', {}).data ?? [];
  const current = useStore(currentDeckStore);
  const deck = decks.find((d) => d.id === current) ?? decks[0];
  const [name, setName] = useState('');

  const create = async () => {
    const made = await invoke('baskets:create', { name });
    chooseDeck(made.id);
    setName('');
    bumpDataVersion();
  };

  return (
    <div className="decks-view" data-testid="view-decks">
      <form
        className="fields"
        onSubmit={(e) => {
          e.preventDefault();
          create().catch(report);
        }}
      >
        <label className="field field--grow">
          <span className="field__label">{s.deckName}</span>
          <input data-testid="deck-name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button" data-testid="deck-create" disabled={name.trim() === ''}>
          {s.create}
        </button>
      </form>
      {decks.length === 0 ? (
        <p className="empty">{s.noDecks}</p>
      ) : (
        <>
          <div className="segmented" role="tablist" onKeyDown={rovingKeyDown('[role="tab"]', (i) => chooseDeck(decks[i]!.id))}>
            {decks.map((d) => (
              <button
                key={d.id}
                type="button"
                role="tab"
                aria-selected={d.id === deck?.id}
                tabIndex={d.id === deck?.id ? 0 : -1}
                className="segmented__option"
                data-testid="deck-tab"
                onClick={() => chooseDeck(d.id)}
              >
                {d.name} · {s.slides(d.slides.length)}
              </button>
            ))}
          </div>
          {deck && <DeckPanel key={deck.id} deck={deck} />}
        </>
      )}
    </div>
  );
}

function DeckPanel({ deck }: { deck: Basket }) {
  const lang = useLang();
  const s = useStrings(EXPORT_STRINGS);
  const report = useReportError();
  const preferences = usePreferences();
  const [changes, setChanges] = useState<SlideChange[] | null>(null);
  const changed = (work: Promise<unknown>) => work.then(() => bumpDataVersion(), report);
  const value = (v: number | null) => (v === null ? '—' : formatNumber(v, 1, lang));

  const refresh = async () => {
    const result = await invoke('baskets:refresh', { basketId: deck.id });
    setChanges(result.changes);
    bumpDataVersion();
  };
  const exportDeck = async () => {
    const f = await invoke('baskets:export', { basketId: deck.id, aspect: preferences.exportSize.aspect });
    downloadBase64(f.fileName, f.mime, f.dataBase64);
  };
  useAction('export-deck', () => void exportDeck().catch(report), deck.slides.length === 0 ? COMMAND_STRINGS[lang].unavailable.emptyDeck : null);

  return (
    <section className="panel deck" data-testid="deck" data-deck-id={deck.id}>
      <div className="actions">
        <button type="button" className="button" data-testid="deck-refresh" onClick={() => refresh().catch(report)}>
          {s.refresh}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="deck-export"
          disabled={deck.slides.length === 0}
          onClick={() => exportDeck().catch(report)}
        >
          {s.exportDeck}
        </button>
        <ConfirmAction
          testId="deck-delete"
          label={s.deleteDeck}
          question={s.deleteQuestion}
          yes={s.yes}
          no={s.no}
          onConfirm={() => changed(invoke('baskets:delete', { basketId: deck.id }).then(() => chooseDeck(null)))}
        />
      </div>
      {changes && (
        <div role="status" className="deck__changes" data-testid="deck-changes">
          {changes.length === 0 ? (
            <p>{s.noChanges}</p>
          ) : (
            <>
              <p>{s.changes(changes.length)}</p>
              <ul>
                {changes.map((c, i) => (
                  <li key={i} data-testid="deck-change">
                    {s.change(c.slide, c.periodLabel, c.subject, value(c.before), value(c.after))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {deck.slides.length === 0 ? (
        <p className="empty">{s.emptyDeck}</p>
      ) : (
        <ol className="slides">
          {deck.slides.map((slide, i) => (
            <li key={slide.id} className="slide" data-testid="deck-slide">
              <span className="slide__n">{i + 1}</span>
              <input
                aria-label={s.slideTitle}
                className="slide__title"
                defaultValue={slide.title}
                onBlur={(e) => {
                  if (e.target.value.trim() && e.target.value !== slide.title)
                    void changed(invoke('baskets:retitle-slide', { slideId: slide.id, title: e.target.value }));
                }}
              />
              <button
                type="button"
                className="button button--small"
                disabled={i === 0}
                onClick={() => void changed(invoke('baskets:move-slide', { slideId: slide.id, position: i - 1 }))}
              >
                {s.up}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={i === deck.slides.length - 1}
                onClick={() => void changed(invoke('baskets:move-slide', { slideId: slide.id, position: i + 1 }))}
              >
                {s.down}
              </button>
              <button
                type="button"
                className="button button--small"
                data-testid="deck-slide-remove"
                onClick={() => void changed(invoke('baskets:remove-slide', { slideId: slide.id }))}
              >
                {s.remove}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
