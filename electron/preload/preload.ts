// The bridge, and nothing else: `window.iip.invoke(channel, input)` for the contract's channels
// and `window.iip.on(event, listener)` for main's events. Both travel on one IPC channel each;
// main checks every channel name against the contract. No raw ipcRenderer reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type IpcEvent } from '../shared/contract/ipc.js';

contextBridge.exposeInMainWorld('iip', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    return ipcRenderer.invoke(IPC_INVOKE, channel, input);
  },
  on(event: unknown, listener: (payload: unknown) => void): () => void {
    if (typeof event !== 'string') throw new Error(`an event name is a string, not ${typeof event}`);
    const forward = (_e: IpcRendererEvent, message: IpcEvent): void => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(IPC_EVENT, forward);
    return () => ipcRenderer.removeListener(IPC_EVENT, forward);
  },
});
