// Keeps a long-running process (the app, `serve`) sending on time. node-schedule's timers are WAKE-UPS ONLY:
// it loses jobs while the machine sleeps and has DST bugs, so every wake-up just runs `check`, which decides
// what is due from the job table and the zone's calendar. Wake-ups: on start, at each schedule's next due
// instant, on a periodic check, on resume from sleep (the shell calls poke()), and after a clock jump.
import schedule from 'node-schedule';

export interface SchedulerOptions {
  /** does every due run (idempotent: a period already recorded is never run again) */
  check: () => Promise<void>;
  /** the next instant something is due (for the precise wake-up), or null */
  nextDueAt: () => number | null;
  now: () => number;
  /** the periodic check; also the granularity of clock-jump detection (default one minute) */
  intervalMs?: number;
  log?: (err: unknown) => void;
}

export interface Scheduler {
  /** Run a check now (resume from sleep, settings changed, "send now" finished…). */
  poke(): Promise<void>;
  stop(): void;
}

/** A jump of the wall clock larger than this between two ticks (sleep, manual change, NTP step) triggers a check. */
const CLOCK_JUMP_MS = 2 * 60_000;

export function startScheduler(opts: SchedulerOptions): Scheduler {
  const intervalMs = opts.intervalMs ?? 60_000;
  const log = opts.log ?? ((err: unknown) => console.error(err));
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let wakeJob: schedule.Job | null = null;
  let lastTick = opts.now();
  let lastMono = performance.now();

  // One check at a time; a poke during a check runs one more check after it (never two in parallel).
  function runCheck(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await opts.check();
        } catch (err) {
          log(err);
        }
      } while (again && !stopped);
      running = null;
      armWakeUp();
    })();
    return running;
  }

  function armWakeUp(): void {
    wakeJob?.cancel();
    wakeJob = null;
    if (stopped) return;
    const next = opts.nextDueAt();
    if (next === null) return;
    // A second after the due instant, so the check sees it as due whatever the timer's rounding.
    wakeJob = schedule.scheduleJob(new Date(Math.max(next, opts.now()) + 1000), () => void runCheck());
  }

  const tick = setInterval(() => {
    const wall = opts.now();
    const mono = performance.now();
    const jumped = Math.abs(wall - lastTick - (mono - lastMono)) > CLOCK_JUMP_MS;
    lastTick = wall;
    lastMono = mono;
    if (jumped) armWakeUp();
    void runCheck();
  }, intervalMs);
  tick.unref?.();

  void runCheck();
  return {
    poke: runCheck,
    stop() {
      stopped = true;
      clearInterval(tick);
      wakeJob?.cancel();
    },
  };
}
