// The built preload (dist/preload/preload.cjs) run as a sandboxed preload runs: with a `require`
// that has only Electron, here stand-ins that record what the preload does with contextBridge and ipcRenderer.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../electron/core/paths.js';
import { IPC_EVENT, IPC_INVOKE } from '../../electron/shared/contract/ipc.js';

function loadPreload() {
  const file = path.join(packageRoot, 'dist', 'preload', 'preload.cjs');
  if (!fs.existsSync(file)) throw new Error(`the preload is not built (${file}); run npm run build`);
  const exposed = new Map<string, Record<string, unknown>>();
  const invoked: unknown[][] = [];
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve('answer');
    },
  });
  const required: string[] = [];
  const electron = { contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) }, ipcRenderer };
  const require = (name: string): unknown => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), { require, module: { exports: {} }, exports: {} }, { filename: file });
  return { exposed, invoked, ipcRenderer, required };
}

describe('the preload bridge', () => {
  it('exposes one object, iip, with invoke and on and nothing else, and requires nothing but Electron', () => {
    const { exposed, required } = loadPreload();
    expect([...exposed.keys()]).toEqual(['iip']);
    expect(Object.keys(exposed.get('iip')!).sort()).toEqual(['invoke', 'on']);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('sends every call on the one invoke channel, with the channel name as data main checks', async () => {
    const { exposed, invoked } = loadPreload();
    const invoke = exposed.get('iip')!.invoke as (channel: unknown, input: unknown) => Promise<unknown>;
    await expect(invoke('app:info', {})).resolves.toBe('answer');
    await invoke('shell:openExternal', { url: 'file:///etc/passwd' });
    expect(invoked).toEqual([
      [IPC_INVOKE, 'app:info', {}],
      [IPC_INVOKE, 'shell:openExternal', { url: 'file:///etc/passwd' }],
    ]);
  });

  it('hands a listener only its event’s payload, never the IPC event, and stops on unsubscribe', () => {
    const { exposed, ipcRenderer } = loadPreload();
    const on = exposed.get('iip')!.on as (event: unknown, listener: (...args: unknown[]) => void) => () => void;
    const heard: unknown[][] = [];
    const stop = on('import:progress', (...args) => heard.push(args));
    const ipcEvent = { sender: ipcRenderer, ports: [] };
    ipcRenderer.emit(IPC_EVENT, ipcEvent, { event: 'import:progress', payload: { done: 1 } });
    ipcRenderer.emit(IPC_EVENT, ipcEvent, { event: 'shell:action', payload: { action: 'quit' } });
    stop();
    ipcRenderer.emit(IPC_EVENT, ipcEvent, { event: 'import:progress', payload: { done: 2 } });
    expect(heard).toEqual([[{ done: 1 }]]);
    expect(() => on(42, () => undefined)).toThrow('an event name is a string, not number');
  });
});
