// The shell's dialogs, shown when state/shellDialogs.ts says so (opened from the menu's About and
// Help, or the palette). The Help page, with the README, loads only when first opened.
import { lazy, Suspense } from 'react';
import { useStore } from '../../state/createStore.js';
import { closeShellDialog, shellDialogStore } from '../../state/shellDialogs.js';
import { AboutDialog } from './AboutDialog.js';
import './help.css';

const HelpPage = lazy(async () => ({ default: (await import('./HelpPage.js')).HelpPage }));

export function ShellDialogs() {
  const open = useStore(shellDialogStore);
  if (open === 'about') return <AboutDialog onClose={closeShellDialog} />;
  if (open === 'help')
    return (
      <Suspense fallback={null}>
        <HelpPage onClose={closeShellDialog} />
      </Suspense>
    );
  return null;
}
