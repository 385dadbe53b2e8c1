// "Export" under a chart: PowerPoint with a native chart, data as Excel or CSV, the picture as
// PNG at 1×–3×, and "Add to deck". Files come from the same chart model as the screen, and carry the
// app's as-of date when one is set (a pinned slide too: it shows what the screen showed).
import { useRef, useState } from 'react';
import type { ExportRequest } from '@shared/contract/export.js';
import type { ChartSpec } from '@shared/export/chart-spec.js';
import { fileStem } from '@shared/export/file-name.js';
import { chartTsv } from '@shared/export/tsv.js';
import { invoke } from '../../bridge/bridge.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { downloadBase64, downloadBlob } from '../../components/download.js';
import { useStrings } from '../../i18n/useLang.js';
import { useAsOf } from '../../state/asOf.js';
import { useStore } from '../../state/createStore.js';
import { bumpDataVersion } from '../../state/dataVersion.js';
import { usePreferences } from '../../state/preferences.js';
import { useReportError } from '../../state/errors.js';
import { useAction } from '../commands/useAction.js';
import { chartPng } from './chartImage.js';
import { chooseDeck, currentDeckStore } from './deckState.js';
import { preferredExportEntry, preferredFirst } from './preferredExport.js';
import { EXPORT_STRINGS } from './strings.js';

interface Props {
  request: ExportRequest;
  /** The chart as every export sees it, built from what is on screen (for the clipboard). */
  spec: () => ChartSpec;
  /** Where the chart's canvas is (for pictures). */
  chartTestId: string;
  /** The slide title a pinned chart starts with. */
  title: string;
}

export function ExportMenu({ request: asShown, spec, chartTestId, title }: Props) {
  const s = useStrings(EXPORT_STRINGS);
  const asOf = useAsOf();
  const request: ExportRequest = asOf !== null && asShown.asOf === undefined ? { ...asShown, asOf } : asShown;
  const report = useReportError();
  const decks = useBridgeQuery('baskets:list', {}).data ?? [];
  const current = useStore(currentDeckStore);
  const deck = decks.find((d) => d.id === current) ?? decks[0];
  const preferences = usePreferences();
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  // The menu's actions open it on the entry they name, for the keyboard to go on from there.
  const menu = useRef<HTMLDetailsElement>(null);
  const openOn = (testId: string) => {
    const details = menu.current;
    if (!details) return;
    details.open = true;
    details.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus();
  };
  useAction('export-chart', () => openOn('export-pptx'));
  useAction('export-data', () => openOn('export-xlsx'));

  const run = (work: () => Promise<void>) => () => {
    setBusy(true);
    setAdded(null);
    work()
      .catch(report)
      .finally(() => setBusy(false));
  };
  const file = (format: 'pptx' | 'csv' | 'xlsx' | 'svg' | 'pdf', aspect: '16:9' | '4:3' = '16:9', pictureSlides = false) =>
    run(async () => {
      const f = await invoke('export:chart', { request, format, aspect, transparent, pictureSlides });
      downloadBase64(f.fileName, f.mime, f.dataBase64);
    });
  const picture = (scale: number) =>
    run(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid="${chartTestId}"] canvas`);
      if (!canvas) throw new Error('the chart is not on screen');
      downloadBlob(`${fileStem(title)}-${scale}x.png`, await chartPng(canvas, scale, transparent));
    });
  const copyImage = run(async () => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid="${chartTestId}"] canvas`);
    if (!canvas) throw new Error('the chart is not on screen');
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': await chartPng(canvas, preferences.exportSize.scale, transparent) })]);
    setAdded(s.copied);
  });
  const copyData = run(async () => {
    await navigator.clipboard.writeText(chartTsv(spec()));
    setAdded(s.copied);
  });
  const pin = run(async () => {
    const target = deck ?? (await invoke('baskets:create', { name: s.newDeck }));
    await invoke('baskets:add-slide', { basketId: target.id, title, request });
    chooseDeck(target.id);
    bumpDataVersion();
    setAdded(s.added(target.name));
  });

  /** The menu's entries: test id, words, what it does; the one the preferences pick first, and also outside the menu. */
  const preferred = preferredExportEntry(preferences);
  const items: [string, string, () => void][] = preferredFirst<[string, string, () => void]>(
    [
      ['export-pptx', s.pptx, file('pptx')],
      ['export-pptx-43', s.pptx43, file('pptx', '4:3')],
      ['export-pptx-picture', s.pptxPicture, file('pptx', '16:9', true)],
      ['export-xlsx', s.xlsx, file('xlsx')],
      ['export-csv', s.csv, file('csv')],
      ['export-svg', s.svg, file('svg')],
      ['export-pdf', s.pdf, file('pdf')],
      ...[1, 2, 3].map((scale): [string, string, () => void] => [`export-png-${scale}`, s.png(scale), picture(scale)]),
      ['copy-image', s.copyImage, copyImage],
      ['copy-data', s.copyData, copyData],
    ],
    preferred,
  );
  const preferredItem = items.find(([testId]) => testId === preferred);

  return (
    <div className="export-menu" data-testid="export-menu">
      {preferredItem && (
        <button type="button" className="button button--small" data-testid="export-preferred" disabled={busy} onClick={preferredItem[2]}>
          {s.exportAs(preferredItem[1])}
        </button>
      )}
      <details className="export-menu__more" ref={menu}>
        <summary className="button button--small">{s.menu}</summary>
        <div className="export-menu__items" role="group" aria-label={s.menu}>
          {items.map(([testId, label, action]) => (
            <button
              key={testId}
              type="button"
              className={testId === preferred ? 'button button--small button--primary' : 'button button--small'}
              data-testid={testId}
              data-preferred={testId === preferred || undefined}
              disabled={busy}
              onClick={action}
            >
              {label}
            </button>
          ))}
          <label className="check">
            <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />
            {s.transparent}
          </label>
        </div>
      </details>
      {decks.length > 1 && (
        <select aria-label={s.tab} value={deck?.id ?? ''} onChange={(e) => chooseDeck(Number(e.target.value))}>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      )}
      <button type="button" className="button button--small" data-testid="add-to-deck" disabled={busy} onClick={pin}>
        {s.addToDeck}
        {deck && decks.length === 1 ? ` · ${deck.name}` : ''}
      </button>
      {added && (
        <span role="status" className="muted" data-testid="added-to-deck">
          {added}
        </span>
      )}
    </div>
  );
}
