// Long-running commands (serve, demo-server) run until Ctrl+C or SIGTERM, then close what they opened.

/** Resolves on the first SIGINT or SIGTERM; the handlers are removed so a second Ctrl+C kills as usual. */
export function untilStopSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
