// Whether a process id still names a running process: how the store tells a lock or a temporary file left by a
// killed process (SIGKILL, power cut) from one that is still in use.

/** True when `pid` is a running process (ours or another account's); false when no such process exists. */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    // Signal 0 checks existence and permission without delivering anything.
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another account — still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
