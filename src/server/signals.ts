/**
 * SIGTERM and SIGINT close a server or worker cleanly, then exit 0; a second
 * signal exits at once (BullMQ gives an unfinished job back to the queue).
 */
export function closeOnSignals(handle: { close(): Promise<void> }, report: (message: string) => void = console.error): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    report(`${signal}: finishing the running work, then stopping (send it again to stop at once)`);
    handle.close().then(
      () => process.exit(0),
      (error: Error) => {
        report(`could not stop cleanly: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
