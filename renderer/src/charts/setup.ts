// Chart.js setup, done once: register only the parts we draw with, use the bundled font,
// and switch animation off so every draw is final (deterministic screenshots and tests).
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { INK, INK_MUTED } from './palette.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

Chart.defaults.font.family = '"Be Vietnam Pro", system-ui, sans-serif';
Chart.defaults.font.size = 12;
Chart.defaults.color = INK_MUTED;
Chart.defaults.animation = false;
Chart.defaults.responsive = true;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.plugins.tooltip.titleFont = { family: Chart.defaults.font.family, weight: 600, size: 13 };
Chart.defaults.plugins.tooltip.bodyFont = { family: Chart.defaults.font.family, size: 12 };
Chart.defaults.plugins.legend.labels.color = INK;
