// Chart.js setup, done once: register only the parts we draw with, use the bundled font,
// and switch animation off so every draw is final (deterministic screenshots and tests).
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Decimation,
  Interaction,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import { INK, INK_MUTED } from '@shared/charts/palette.js';
import { nearestOrKept } from './keptPoints.js';
import { NEAREST_KEPT_MODE } from './pluginIds.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, Decimation, annotationPlugin);

Interaction.modes[NEAREST_KEPT_MODE] = nearestOrKept;

Chart.defaults.font.family = '"Be Vietnam Pro", system-ui, sans-serif';
Chart.defaults.font.size = 12;
Chart.defaults.color = INK_MUTED;
Chart.defaults.animation = false;
Chart.defaults.responsive = true;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.plugins.tooltip.titleFont = { family: Chart.defaults.font.family, weight: 600, size: 13 };
Chart.defaults.plugins.tooltip.bodyFont = { family: Chart.defaults.font.family, size: 12 };
Chart.defaults.plugins.legend.labels.color = INK;

/** Sample text touching every subset of the bundled font (Latin, Latin Extended, Vietnamese). */
const FONT_SAMPLE = 'Aa Ăă Đđ Ơơ ệ ọ 0123456789';
const FONT_WAIT_MS = 2000;

/**
 * Resolves once both weights of the bundled font are loaded (or after a short wait), so the
 * first chart draw already uses it: Chart.js paints text onto a canvas and never repaints
 * when a web font arrives later.
 */
export function fontsReady(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  const loads = ['400', '600'].map((weight) => document.fonts.load(`${weight} 12px "Be Vietnam Pro"`, FONT_SAMPLE));
  const timeout = new Promise<void>((resolve) => window.setTimeout(resolve, FONT_WAIT_MS));
  return Promise.race([Promise.all(loads).then(() => undefined), timeout]).catch(() => undefined);
}
