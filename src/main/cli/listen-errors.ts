// Why `serve` could not listen, as one sentence that says what to give instead: an address that is not this
// machine's (e.g. --host 8.8.8.8), a port already taken, or a port the account may not open.
import { usageError, type CliError } from './cli-errors';

export function serveListenError(err: unknown, host: string, port: number): CliError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return usageError('cli.serve.hostNotHere', { host });
  }
  if (code === 'EADDRINUSE') return usageError('cli.serve.portInUse', { port });
  if (code === 'EACCES') return usageError('cli.serve.portNotAllowed', { port });
  return null;
}
