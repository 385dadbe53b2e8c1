// Lets the page say when a chart has really been drawn: the chart's options carry a key for the
// data they show; after each draw Chart.js hands that key back, and React compares it with the
// key it expects. Tests wait on data-rendered="true" instead of sleeping.
import { useMemo, useState } from 'react';
import type { Plugin } from 'chart.js';
import { RENDER_SIGNAL_ID } from './pluginIds.js';

export function useRenderSignal(key: string): { plugin: Plugin; rendered: boolean } {
  const [drawnKey, setDrawnKey] = useState<string | null>(null);
  const plugin = useMemo<Plugin>(
    () => ({
      id: RENDER_SIGNAL_ID,
      afterRender(_chart, _args, options: { key?: string }) {
        // setDrawnKey is stable, so one plugin object serves the chart's whole life.
        if (typeof options.key === 'string') setDrawnKey(options.key);
      },
    }),
    [],
  );
  return { plugin, rendered: drawnKey === key };
}
