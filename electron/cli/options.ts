// Every command's options, for parseArgs: kept apart from the commands so that reading a command line
// loads no command's code (each is imported when run).
import type { ParseArgsConfig } from 'node:util';

export const HISTORY_OPTIONS = {
  geo: { type: 'string' },
  item: { type: 'string' },
  period: { type: 'string' },
  basis: { type: 'string' },
  measure: { type: 'string' },
  'as-of': { type: 'string' },
} as const;

export const EXPORT_OPTIONS = {
  geo: { type: 'string', multiple: true },
  item: { type: 'string', multiple: true },
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  basis: { type: 'string' },
  measure: { type: 'string' },
  chart: { type: 'string' },
  title: { type: 'string' },
  lang: { type: 'string' },
  'as-of': { type: 'string' },
  transform: { type: 'string' },
  scale: { type: 'string' },
  transparent: { type: 'boolean' },
  picture: { type: 'boolean' },
  out: { type: 'string' },
} as const;

export const NOTES_OPTIONS = {
  geo: { type: 'string' },
  item: { type: 'string' },
  measure: { type: 'string' },
  basis: { type: 'string' },
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  text: { type: 'string' },
  author: { type: 'string' },
  tag: { type: 'string', multiple: true },
  status: { type: 'string' },
  search: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
} as const;

export const CHECK_OPTIONS = { consistency: { type: 'boolean', default: false }, release: { type: 'string' }, 'as-of': { type: 'string' } } as const;

export const PLACES_OPTIONS = { geo: { type: 'string' } } as const;

export const DECK_OPTIONS = { out: { type: 'string' }, aspect: { type: 'string' } } as const;

export const WEIGHTS_OPTIONS = { geo: { type: 'string' } } as const;

export const CONTRIBUTIONS_OPTIONS = { period: { type: 'string' }, geo: { type: 'string' }, basis: { type: 'string' }, 'as-of': { type: 'string' } } as const;

export const COMMON = { db: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } as const;

export const COMMANDS = {
  series: { search: { type: 'string' }, 'as-of': { type: 'string' } },
  // get selects a figure the way history does, and may transform its series
  get: { ...HISTORY_OPTIONS, transform: { type: 'string' } },
  history: HISTORY_OPTIONS,
  releases: { 'as-of': { type: 'string' } },
  import: {
    'dry-run': { type: 'boolean', default: false },
    map: { type: 'string' },
    'skip-unknown': { type: 'boolean', default: false },
    pick: { type: 'string', multiple: true },
    'pick-all': { type: 'string' },
    template: { type: 'string' },
    name: { type: 'string' },
    publisher: { type: 'string' },
    published: { type: 'string' },
    status: { type: 'string' },
  },
  undo: {},
  templates: { delete: { type: 'string' } },
  names: { forget: { type: 'string' }, kind: { type: 'string' } },
  notes: NOTES_OPTIONS,
  export: EXPORT_OPTIONS,
  deck: DECK_OPTIONS,
  check: CHECK_OPTIONS,
  weights: WEIGHTS_OPTIONS,
  contributions: CONTRIBUTIONS_OPTIONS,
  places: PLACES_OPTIONS,
  backup: {},
  restore: {},
  backups: { keep: { type: 'string' } },
} satisfies Record<string, ParseArgsConfig['options']>;
export type Command = keyof typeof COMMANDS;

export const TAKES_POSITIONALS: Command[] = ['import', 'undo', 'notes', 'deck', 'weights', 'backup', 'restore'];
