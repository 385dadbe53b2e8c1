// A command line the CLI refuses (exit 2, with the usage hint): each command's own kind extends it.
export class UsageError extends Error {
  override name = 'UsageError';
}
