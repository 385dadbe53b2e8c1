// A command line the CLI refuses (exit 2, with the usage hint): each command's own kind extends it.
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The exit code when the store stays busy (another import holds its write lock): sysexits' EX_TEMPFAIL, "try again later". */
export const EXIT_BUSY = 75;

/**
 * The exit code when a command would write to a store a newer version of the app wrote (it is read
 * only to this one; reads still answer): sysexits' EX_NOPERM, "not permitted", as the window's `forbidden`.
 */
export const EXIT_READ_ONLY = 77;
