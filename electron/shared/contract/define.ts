// How a domain declares its channels: each once, with its input and its output schema.
import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** Parses the caller's untrusted input (typed `unknown` until it has). */
  input: I;
  /** What the handler answers; checked in tests, and when answers arrive as files from elsewhere. */
  output: O;
  /** The largest input, as JSON, a transport should accept (default DEFAULT_MAX_INPUT_BYTES). */
  maxInputBytes?: number;
}

/** Most calls carry a few fields; those that carry file chunks or pasted text say so. */
export const DEFAULT_MAX_INPUT_BYTES = 2 ** 20;

export const channel = <I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> => spec;
