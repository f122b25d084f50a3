/** A start that cannot go on; its message tells the user what to do. */
export class StartupError extends Error {
  override name = 'StartupError';
}
