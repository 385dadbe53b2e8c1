// The bridge, and nothing else: `window.iip.invoke(channel, input)` for the contract's channels
// and `window.iip.on(event, listener)` for main's events. No raw ipcRenderer reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName, isEventName } from '../shared/channels.js';

contextBridge.exposeInMainWorld('iip', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isChannelName(channel)) return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `unknown channel '${String(channel)}'` } });
    return ipcRenderer.invoke(channel, input);
  },
  on(event: unknown, listener: (payload: unknown) => void): () => void {
    if (!isEventName(event)) throw new Error(`unknown event '${String(event)}'`);
    const forward = (_e: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, forward);
    return () => ipcRenderer.removeListener(event, forward);
  },
});
