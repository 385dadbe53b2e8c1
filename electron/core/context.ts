// What every domain's handlers are built from, and what each call brings with it.
import type { Channel, Contract, EmitEvent, Out, Parsed } from '../shared/contract/index.js';
import type { Db } from './db/connection.js';
import type { StagingOptions } from './import/pipeline/staging.js';
import type { ShellSide } from './shell/side.js';

/** One per store: the connection and where it is, and options of the host that opened it. */
export interface CoreContext {
  db: Db;
  storePath: string;
  /** Where and how files sent in chunks are staged for import (tests set small limits). */
  staging?: StagingOptions;
  /** How often import:progress may be sent per phase, in ms (default 100; tests set 0 to see every step). */
  progressIntervalMs?: number;
  /** The desktop shell's side of the shell room (Electron's main); none in the web host and the CLI. */
  shell?: ShellSide;
}

/** What a handler knows of its call: where to push events for the caller (the window that asked). */
export interface CallContext {
  emit: EmitEvent;
}

export type Handler<C extends Channel> = (input: Parsed<C>, call: CallContext) => Promise<Out<C>>;

/** A domain's handler map: exactly one handler for each channel its contract module declares. */
export type HandlersOf<Channels extends Partial<Contract>> = { [C in keyof Channels & Channel]: Handler<C> };

/** The whole table: one handler per channel of the contract. */
export type Handlers = HandlersOf<Contract>;

/** A domain's handlers, and what it must release when the store closes (staged files). */
export interface DomainHandlers<Channels extends Partial<Contract>> {
  handlers: HandlersOf<Channels>;
  close?(): void;
}
