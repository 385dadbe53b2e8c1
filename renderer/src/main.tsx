// Entry point: pick the bridge transport, set up Chart.js, mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App.js';
import { initBridge } from './bridge/bridge.js';
import { fontsReady } from './charts/setup.js';
import './styles.css';
import './features/features.css';

initBridge();

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
void fontsReady().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
