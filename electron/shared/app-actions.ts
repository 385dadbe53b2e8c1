// The app's actions, by id: one list that the application menu (main), the command palette and the
// keyboard shortcuts (renderer) share, so an entry in one is reachable from the others.
export const APP_ACTIONS = [
  'import',
  'export-chart',
  'export-data',
  'export-deck',
  'backup',
  'restore',
  'open-store-folder',
  'preferences',
  'find-series',
  'palette',
  'language-vi',
  'language-en',
  'as-of',
  'about',
  'help',
] as const;
export type AppAction = (typeof APP_ACTIONS)[number];

export const isAppAction = (value: unknown): value is AppAction => typeof value === 'string' && (APP_ACTIONS as readonly string[]).includes(value);
