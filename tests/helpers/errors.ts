import { expect } from 'vitest';
import { ImportError } from '../../electron/core/import/types.js';

/** The ImportError that `f` throws; fails the test when it throws nothing or something else. */
export function importErrorOf(f: () => unknown): ImportError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError, but nothing was thrown');
}
