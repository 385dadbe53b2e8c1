// One import from files or pasted text to stored releases: read and encode the files, preview,
// re-preview as names are decided, commit. Lives in App so a drop anywhere in the window can start
// it and switching tabs keeps it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Out } from '../../../../electron/shared/contract.js';
import type { CommitResult } from '../../../../electron/shared/imports.js';
import type { XlsxTemplate } from '../../../../electron/shared/xlsx-template.js';
import { invoke } from '../../bridge.js';
import { useReportError } from '../../errors.js';
import { encodeFile, FileTooLargeError, nextTask, type EncodedFile } from './base64.js';
import { decide, importChoices, mergeNames, type NameChoice, type NameDecision, type ReleaseDrafts } from './choices.js';
import { firstDraft, templateOf, type LayoutDraft } from './layout.js';

export type PreviewAnswer = Out<'import:preview'>;
export type ImportSources = { files: EncodedFile[] } | { text: string };

export type Progress = { kind: 'reading'; done: number; total: number } | { kind: 'comparing' } | { kind: 'storing' };

/** A file the window could not send to main. */
export interface LocalProblem {
  file: string;
  reason: 'too-large' | 'unreadable';
  detail: string | null;
}

export interface ImportSession {
  /** What was read, kept to preview again when a choice changes. */
  sources: ImportSources | null;
  preview: PreviewAnswer | null;
  localProblems: LocalProblem[];
  names: NameChoice[];
  release: ReleaseDrafts;
  pastedText: string;
  progress: Progress | null;
  result: CommitResult | null;
  /** The layout being mapped for a spreadsheet no reader knows… */
  layout: LayoutDraft | null;
  /** …and the template last previewed with it: what a commit stores with. */
  appliedTemplate: XlsxTemplate | null;
}

const EMPTY: ImportSession = { sources: null, preview: null, localProblems: [], names: [], release: {}, pastedText: '', progress: null, result: null, layout: null, appliedTemplate: null };

/** The layout template and its save name, once the user has previewed with the mapping. */
function layoutChoices(s: ImportSession): { template?: XlsxTemplate; saveTemplateAs?: string } {
  const template = s.appliedTemplate;
  if (!template) return {};
  const name = s.layout?.saveName.trim() ?? '';
  return name ? { template, saveTemplateAs: name.slice(0, 100) } : { template };
}

export interface ImportActions {
  readFiles(files: File[]): Promise<void>;
  readText(): Promise<void>;
  setPastedText(text: string): void;
  decideName(key: string, decision: NameDecision): Promise<void>;
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

  const preview = useCallback(
    async (sources: ImportSources) => {
      const mine = ++ticket.current;
      update((s) => ({ ...s, sources, progress: { kind: 'comparing' } }));
      const { names, release } = current.current;
      const { saveTemplateAs: _save, ...layout } = layoutChoices(current.current);
      try {
        const answer = await invoke('import:preview', { ...sources, ...importChoices(names, release), ...layout });
        if (mine !== ticket.current) return;
        const needed = answer.layouts?.[0];
        update((s) => ({ ...s, preview: answer, names: mergeNames(s.names, answer.unknown), progress: null, layout: s.layout ?? (needed ? firstDraft(needed.fileName, needed.sheets) : null) }));
      } catch (err) {
        if (mine !== ticket.current) return;
        update((s) => ({ ...s, progress: null }));
        report(err);
      }
    },
    [report, update],
  );

  const readFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const mine = ++ticket.current;
      update((s) => ({ ...EMPTY, pastedText: s.pastedText, progress: { kind: 'reading', done: 0, total: files.length } }));
      const encoded: EncodedFile[] = [];
      const problems: LocalProblem[] = [];
      for (const [i, file] of files.entries()) {
        try {
          encoded.push(await encodeFile(file));
        } catch (err) {
          problems.push(err instanceof FileTooLargeError ? { file: file.name, reason: 'too-large', detail: null } : { file: file.name, reason: 'unreadable', detail: err instanceof Error ? err.message : String(err) });
        }
        if (mine !== ticket.current) return;
        update((s) => ({ ...s, localProblems: problems.slice(), progress: { kind: 'reading', done: i + 1, total: files.length } }));
        await nextTask();
        if (mine !== ticket.current) return;
      }
      if (encoded.length === 0) {
        update((s) => ({ ...s, progress: null }));
        return;
      }
      await preview({ files: encoded });
    },
    [preview, update],
  );

  const readText = useCallback(async () => {
    const text = current.current.pastedText;
    if (text.trim() === '') return;
    ++ticket.current;
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

  const editRelease = useCallback((field: keyof ReleaseDrafts, value: string) => update((s) => ({ ...s, release: { ...s.release, [field]: value } })), [update]);

  const commit = useCallback(async () => {
    const { preview: answer, names, release } = current.current;
    if (!answer?.ready || current.current.progress) return;
    const mine = ++ticket.current;
    update((s) => ({ ...s, progress: { kind: 'storing' } }));
    try {
      const result = await invoke('import:commit', { previewId: answer.previewId, ...importChoices(names, release), ...layoutChoices(current.current) });
      // The files are stored: the preview is spent. Another read started meanwhile keeps its own state.
      update((s) => (mine === ticket.current ? { ...EMPTY, pastedText: s.pastedText, result } : { ...s, result }));
      if (result.releases.length > 0) stored.current();
    } catch (err) {
      if (mine === ticket.current) update((s) => ({ ...s, progress: null }));
      report(err);
    }
  }, [report, update]);

  const clear = useCallback(() => {
    ++ticket.current;
    update((s) => ({ ...EMPTY, pastedText: s.pastedText }));
  }, [update]);

  const editLayout = useCallback((next: LayoutDraft) => update((s) => ({ ...s, layout: next })), [update]);

  const previewWithLayout = useCallback(async () => {
    const { sources, layout } = current.current;
    const template = layout ? templateOf(layout) : null;
    if (!sources || !template) return;
    update((s) => ({ ...s, appliedTemplate: template }));
    await preview(sources);
  }, [preview, update]);

  const actions = useMemo<ImportActions>(
    () => ({ readFiles, readText, setPastedText, decideName, editRelease, commit, clear, editLayout, previewWithLayout }),
    [readFiles, readText, setPastedText, decideName, editRelease, commit, clear, editLayout, previewWithLayout],
  );
  return { session, actions };
}
