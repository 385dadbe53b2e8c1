// The two Electron IPC channels the bridge uses. Every contract channel travels over IPC_INVOKE
// (main checks its name against the contract), every event main pushes over IPC_EVENT, so the
// preload needs no list of channels and adding one is an edit of the contract alone.
export const IPC_INVOKE = 'iip:invoke';
export const IPC_EVENT = 'iip:event';

/** What travels on IPC_EVENT: the contract's event name and its payload. */
export interface IpcEvent {
  event: string;
  payload: unknown;
}
