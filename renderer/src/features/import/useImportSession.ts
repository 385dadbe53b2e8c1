// One import from files or pasted text to stored releases: stage the files in main (sent in chunks),
// preview, re-preview as names are decided, commit; progress from the upload, then from main's
// import:progress events. Lives in App so a drop anywhere in the window can start it and switching
// tabs keeps it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Out } from '@shared/contract/index.js';
import type { CommitResult } from '@shared/contract/import.js';
import type { XlsxTemplate } from '@shared/xlsx-template.js';
import type { BridgeError } from '@shared/contract/envelope.js';
import { BridgeCallError, invoke, onEvent } from '../../bridge/bridge.js';
import { useReportError } from '../../state/errors.js';
import type { ClashDecision } from '@shared/contract/import.js';
import { decide, decideClash, importChoices, mergeNames, type ClashChoices, type NameChoice, type NameDecision, type ReleaseDrafts } from './choices.js';
import { firstDraft, templateOf, type LayoutDraft } from './layout.js';
import { progressFromMain, uploadProgress, type Progress } from './progress.js';
import { discardStaged, FileTooLargeError, stageFile } from './staging.js';
import { baseName } from '@shared/file-kinds.js';

export type PreviewAnswer = Out<'import:preview'>;
/** Files staged in main (by id), or pasted text. */
export type ImportSources = { stagedIds: string[] } | { text: string };

/** A file the window could not send to main: too large, unreadable, or refused by main (its message). */
export interface LocalProblem {
  file: string;
  reason: 'too-large' | 'unreadable' | 'refused';
  detail: string | null;
  /** Main's refusal as a catalogue code, to say in the window's language. */
  said?: BridgeError['said'];
}

function localProblem(name: string, err: unknown): LocalProblem {
  if (err instanceof FileTooLargeError) return { file: name, reason: 'too-large', detail: null };
  if (err instanceof BridgeCallError) {
    // Main's message starts with the file name, which the list shows already.
    const prefix = `${name}: `;
    const detail = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
    return { file: name, reason: 'refused', detail, ...(err.said ? { said: err.said } : {}) };
  }
  return { file: name, reason: 'unreadable', detail: err instanceof Error ? err.message : String(err) };
}

/** A file to stage in main: `send` stages it (reporting bytes sent) and answers its staged id, or null when stopped. */
interface SendableFile {
  name: string;
  /** Bytes, for the progress bar; 0 when unknown before main reads it (a file the OS handed over). */
  size: number;
  send(onSent: (bytes: number) => void, stopped: () => boolean): Promise<string | null>;
}

/** A file the OS handed to the app: main reads it from the path it offered (shell:stage-file), the window never reads the disk. */
const offeredFile = (filePath: string): SendableFile => ({
  name: baseName(filePath),
  size: 0,
  send: async () => (await invoke('shell:stage-file', { path: filePath })).stagedId,
});

/** A preview's id for import:cancel: random, so one window's cancel never names another's preview. */
const newRequestId = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const stagedIdsOf = (sources: ImportSources | null): string[] => (sources && 'stagedIds' in sources ? sources.stagedIds : []);

export interface ImportSession {
  /** What was read, kept to preview again when a choice changes. */
  sources: ImportSources | null;
  preview: PreviewAnswer | null;
  localProblems: LocalProblem[];
  names: NameChoice[];
  /** The value kept for each figure a text states with different values. */
  clashes: ClashChoices;
  release: ReleaseDrafts;
  pastedText: string;
  progress: Progress | null;
  result: CommitResult | null;
  /** The layout being mapped for a spreadsheet no reader knows… */
  layout: LayoutDraft | null;
  /** …and the template last previewed with it: what a commit stores with. */
  appliedTemplate: XlsxTemplate | null;
}

const EMPTY: ImportSession = {
  sources: null,
  preview: null,
  localProblems: [],
  names: [],
  clashes: {},
  release: {},
  pastedText: '',
  progress: null,
  result: null,
  layout: null,
  appliedTemplate: null,
};

/** The layout template and its save name, once the user has previewed with the mapping. */
function layoutChoices(s: ImportSession): { template?: XlsxTemplate; saveTemplateAs?: string } {
  const template = s.appliedTemplate;
  if (!template) return {};
  const name = s.layout?.saveName.trim() ?? '';
  return name ? { template, saveTemplateAs: name.slice(0, 100) } : { template };
}

export interface ImportActions {
  readFiles(files: File[]): Promise<void>;
  readOfferedFiles(paths: string[]): Promise<void>;
  readText(): Promise<void>;
  setPastedText(text: string): void;
  decideName(key: string, decision: NameDecision): Promise<void>;
  chooseClash(file: string, key: string, choice: ClashDecision): Promise<void>;
  editRelease(field: keyof ReleaseDrafts, value: string): void;
  commit(): Promise<void>;
  clear(): void;
  editLayout(next: LayoutDraft): void;
  previewWithLayout(): Promise<void>;
}

export function useImportSession(onStored: () => void): { session: ImportSession; actions: ImportActions } {
  const report = useReportError();
  const [session, setSession] = useState<ImportSession>(EMPTY);
  // The current state for async steps; each update goes through `update` so it never lags.
  const current = useRef<ImportSession>(EMPTY);
  // Each read, preview or commit takes a ticket; answers to superseded tickets are dropped.
  const ticket = useRef(0);
  const stored = useRef(onStored);
  useEffect(() => {
    stored.current = onStored;
  }, [onStored]);

  const update = useCallback((next: (s: ImportSession) => ImportSession) => {
    current.current = next(current.current);
    setSession(current.current);
  }, []);

  // The ticket of the preview or commit main is working on, so its progress events are shown.
  const inMain = useRef<number | null>(null);
  // The preview main is reading, cancelled when the user discards it, starts another or closes the window.
  const running = useRef<string | null>(null);
  const cancelRunning = useCallback(() => {
    const requestId = running.current;
    running.current = null;
    if (requestId) void invoke('import:cancel', { requestId }).catch(() => undefined);
  }, []);
  useEffect(() => cancelRunning, [cancelRunning]);
  useEffect(
    () =>
      onEvent('import:progress', (p) => {
        if (inMain.current === null || inMain.current !== ticket.current) return;
        update((s) => (s.progress ? { ...s, progress: progressFromMain(p) } : s));
      }),
    [update],
  );

  const preview = useCallback(
    async (sources: ImportSources) => {
      const mine = ++ticket.current;
      update((s) => ({ ...s, sources, progress: { phase: 'reading', file: null, fraction: null } }));
      const { names, release, clashes } = current.current;
      const { saveTemplateAs: _save, ...layout } = layoutChoices(current.current);
      inMain.current = mine;
      cancelRunning();
      const requestId = newRequestId();
      running.current = requestId;
      try {
        const answer = await invoke('import:preview', { ...sources, ...importChoices(names, release, clashes), ...layout, requestId });
        if (mine !== ticket.current) return;
        const needed = answer.layouts?.[0];
        update((s) => ({
          ...s,
          preview: answer,
          names: mergeNames(s.names, answer.unknown),
          progress: null,
          layout: s.layout ?? (needed ? firstDraft(needed.fileName, needed.sheets) : null),
        }));
      } catch (err) {
        if (mine !== ticket.current) return;
        update((s) => ({ ...s, progress: null }));
        report(err);
      } finally {
        if (inMain.current === mine) inMain.current = null;
        if (running.current === requestId) running.current = null;
      }
    },
    [cancelRunning, report, update],
  );

  /** Sends the files to main (each staged by `send`), then previews what was staged. */
  const readStaged = useCallback(
    async (files: SendableFile[]) => {
      if (files.length === 0) return;
      const mine = ++ticket.current;
      const stopped = (): boolean => mine !== ticket.current;
      discardStaged(stagedIdsOf(current.current.sources));
      const total = files.reduce((n, f) => n + f.size, 0);
      update((s) => ({ ...EMPTY, pastedText: s.pastedText, progress: uploadProgress(files[0]!.name, 0, total) }));
      const stagedIds: string[] = [];
      const problems: LocalProblem[] = [];
      let sentBefore = 0;
      for (const file of files) {
        try {
          const showSent = (sent: number): void => {
            if (!stopped()) update((s) => ({ ...s, progress: uploadProgress(file.name, sentBefore + sent, total) }));
          };
          const stagedId = await file.send(showSent, stopped);
          if (stagedId) stagedIds.push(stagedId);
        } catch (err) {
          problems.push(localProblem(file.name, err));
        }
        if (stopped()) {
          discardStaged(stagedIds);
          return;
        }
        sentBefore += file.size;
        update((s) => ({ ...s, localProblems: problems.slice() }));
      }
      if (stagedIds.length === 0) {
        update((s) => ({ ...s, progress: null }));
        return;
      }
      await preview({ stagedIds });
    },
    [preview, update],
  );

  /** Files chosen or dropped in the window: sent to main one chunk at a time. */
  const readFiles = useCallback(
    (files: File[]) => readStaged(files.map((file) => ({ name: file.name, size: file.size, send: (onSent, stopped) => stageFile(file, onSent, stopped) }))),
    [readStaged],
  );

  /** Files the OS handed to the app (shell:open-files): main stages each from its path. */
  const readOfferedFiles = useCallback((paths: string[]) => readStaged(paths.map(offeredFile)), [readStaged]);

  const readText = useCallback(async () => {
    const text = current.current.pastedText;
    if (text.trim() === '') return;
    ++ticket.current;
    discardStaged(stagedIdsOf(current.current.sources));
    update((s) => ({ ...EMPTY, pastedText: s.pastedText }));
    await preview({ text });
  }, [preview, update]);

  const setPastedText = useCallback((text: string) => update((s) => ({ ...s, pastedText: text })), [update]);

  const decideName = useCallback(
    async (key: string, decision: NameDecision) => {
      update((s) => ({ ...s, names: decide(s.names, key, decision) }));
      const { sources } = current.current;
      if (sources) await preview(sources);
    },
    [preview, update],
  );

  const chooseClash = useCallback(
    async (file: string, key: string, choice: ClashDecision) => {
      update((s) => ({ ...s, clashes: decideClash(s.clashes, file, key, choice) }));
      const { sources } = current.current;
      if (sources) await preview(sources);
    },
    [preview, update],
  );

  const editRelease = useCallback(
    (field: keyof ReleaseDrafts, value: string) => update((s) => ({ ...s, release: { ...s.release, [field]: value } })),
    [update],
  );

  const commit = useCallback(async () => {
    const { preview: answer, names, release, clashes } = current.current;
    if (!answer?.ready || current.current.progress) return;
    const mine = ++ticket.current;
    update((s) => ({ ...s, progress: { phase: 'storing', file: null, fraction: null } }));
    inMain.current = mine;
    try {
      const result = await invoke('import:commit', {
        previewId: answer.previewId,
        ...importChoices(names, release, clashes),
        ...layoutChoices(current.current),
      });
      // The files are stored (main has dropped their staged copies): the preview is spent. Another
      // read started meanwhile keeps its own state.
      update((s) => (mine === ticket.current ? { ...EMPTY, pastedText: s.pastedText, result } : { ...s, result }));
      if (result.releases.length > 0) stored.current();
    } catch (err) {
      if (mine === ticket.current) update((s) => ({ ...s, progress: null }));
      report(err);
    } finally {
      if (inMain.current === mine) inMain.current = null;
    }
  }, [report, update]);

  const clear = useCallback(() => {
    ++ticket.current;
    cancelRunning();
    discardStaged(stagedIdsOf(current.current.sources));
    update((s) => ({ ...EMPTY, pastedText: s.pastedText }));
  }, [cancelRunning, update]);

  const editLayout = useCallback((next: LayoutDraft) => update((s) => ({ ...s, layout: next })), [update]);

  const previewWithLayout = useCallback(async () => {
    const { sources, layout } = current.current;
    const template = layout ? templateOf(layout) : null;
    if (!sources || !template) return;
    update((s) => ({ ...s, appliedTemplate: template }));
    await preview(sources);
  }, [preview, update]);

  const actions = useMemo<ImportActions>(
    () => ({ readFiles, readOfferedFiles, readText, setPastedText, decideName, chooseClash, editRelease, commit, clear, editLayout, previewWithLayout }),
    [readFiles, readOfferedFiles, readText, setPastedText, decideName, chooseClash, editRelease, commit, clear, editLayout, previewWithLayout],
  );
  return { session, actions };
}
