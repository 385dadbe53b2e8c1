// The window's side of the desktop shell: tells main its language (the menu follows it) and takes
// the files the OS or a second launch handed to the app, the ones offered before the window
// listened included. In the web host the language call does nothing and no file is ever offered,
// so the event is not even subscribed to (each subscription there holds a connection open).
import { useEffect, useRef } from 'react';
import type { Lang } from '@shared/lang.js';
import { invoke, onEvent } from '../bridge/bridge.js';

const inDesktopApp = (): boolean => typeof window !== 'undefined' && window.iip !== undefined;

export function useDesktopShell(lang: Lang, onFiles: (paths: string[]) => void): void {
  const handler = useRef(onFiles);
  useEffect(() => {
    handler.current = onFiles;
  }, [onFiles]);

  useEffect(() => {
    void invoke('shell:language', { lang }).catch(() => undefined);
  }, [lang]);

  useEffect(() => {
    if (!inDesktopApp()) return;
    const off = onEvent('shell:open-files', ({ paths }) => handler.current(paths));
    // subscribed first, then asked: a file offered in between comes by the event, none is missed
    void invoke('shell:pending-files', {})
      .then(({ paths }) => {
        if (paths.length > 0) handler.current(paths);
      })
      .catch(() => undefined);
    return off;
  }, []);
}
