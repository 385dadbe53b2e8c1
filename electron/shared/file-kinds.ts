// The files the app opens when the OS, a second launch or a drop hands them over: releases to
// import (by the import formats' extensions) and colleagues' notes (.iipnotes).
export const RELEASE_FILE_EXTENSIONS = ['.xlsx', '.xls', '.px', '.json', '.xml', '.csv', '.tsv', '.txt'] as const;
export const NOTES_FILE_EXTENSION = '.iipnotes';

export type OpenedFileKind = 'release' | 'notes';

/** The kind of file a name says it is, or null for a file the app does not open. */
export function openedFileKind(name: string): OpenedFileKind | null {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (ext === NOTES_FILE_EXTENSION) return 'notes';
  return (RELEASE_FILE_EXTENSIONS as readonly string[]).includes(ext) ? 'release' : null;
}

/** The last part of a path, whichever separator it uses (a Windows path read on any system). */
export const baseName = (filePath: string): string => filePath.split(/[\\/]/).pop() ?? filePath;
