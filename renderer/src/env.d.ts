/// <reference types="vite/client" />
import type { BridgeApi } from '@shared/contract/index.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the UI is served by the web host. */
    iip?: BridgeApi;
  }
}
