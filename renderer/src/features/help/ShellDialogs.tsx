// The shell's screens About and Help, shown when state/screens.ts says so (opened from the menu's
// About and Help through the actions registry, the palette or the header). The Help page, with the
// README, loads only when first opened.
import { lazy, Suspense, useEffect } from 'react';
import { useStore } from '../../state/createStore.js';
import { closeScreen, declareScreen, screenStore } from '../../state/screens.js';
import { AboutDialog } from './AboutDialog.js';
import './help.css';

const HelpPage = lazy(async () => ({ default: (await import('./HelpPage.js')).HelpPage }));

export function ShellDialogs() {
  const open = useStore(screenStore);
  useEffect(() => {
    const undo = [declareScreen('about'), declareScreen('help')];
    return () => undo.forEach((u) => u());
  }, []);
  if (open === 'about') return <AboutDialog onClose={closeScreen} />;
  if (open === 'help')
    return (
      <Suspense fallback={null}>
        <HelpPage onClose={closeScreen} />
      </Suspense>
    );
  return null;
}
