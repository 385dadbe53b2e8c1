// The page's first tab stop: straight to the chart (or to the view, where it shows none), past the
// header and the catalog.
import type { MouseEvent } from 'react';
import { useStrings } from '../i18n/useLang.js';
import { COMMAND_STRINGS } from '../features/commands/strings.js';

/** The chart on show, else the open view. */
const TARGETS = ['[data-testid="chart"]', '[data-testid="contribution-chart"]', '[data-testid="ranking-chart"]', '.app-main'];

function skipToChart(e: MouseEvent<HTMLAnchorElement>): void {
  e.preventDefault();
  const target = TARGETS.map((selector) => document.querySelector<HTMLElement>(selector)).find((el) => el !== null);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

export function SkipLink() {
  const s = useStrings(COMMAND_STRINGS);
  return (
    <a className="skip-link" href="#main" data-testid="skip-to-chart" onClick={skipToChart}>
      {s.skipToChart}
    </a>
  );
}
