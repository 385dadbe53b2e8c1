// Channel and event names only (no zod), so the sandboxed preload bundle stays tiny.
export const CHANNEL_NAMES = ['app:info', 'catalog:list', 'figures:series', 'figures:get', 'figures:ranking', 'latest:summary', 'releases:list', 'reference:geos', 'import:stage-begin', 'import:stage-chunk', 'import:stage-end', 'import:stage-discard', 'import:preview', 'import:commit', 'releases:undo', 'templates:list', 'templates:delete', 'aliases:list', 'aliases:forget'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Events main pushes to the renderer. */
export const EVENT_NAMES = ['import:progress'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export const isChannelName = (name: unknown): name is ChannelName => typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
export const isEventName = (name: unknown): name is EventName => typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
