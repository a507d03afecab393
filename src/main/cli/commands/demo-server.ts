// `demo-server`: the demo dispatch server (a replica of the ATMR /api/v1, quirks included) on this machine, to
// point the app or the sync at without a real server. Prints its URL and demo credentials; runs until Ctrl+C /
// SIGTERM.
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { parseHost, parseIntInRange } from '../cli-args';
import { untilStopSignal } from '../stop-signal';
import { usageError } from '../cli-errors';
import { MAX_DEMO_DAYS } from '../../demo/demo-generator';
import { DEFAULT_DEMO_CREDENTIALS } from '../../demo-server/demo-account';
import { startDemoServer } from '../../demo-server/demo-server';
import { isLoopbackHost } from '../../../shared/loopback';
import { DEMO_TIME_ZONE, demoDatasetUpToYesterday } from '../../demo-server/embedded-demo';
import { isMarshmallowEmail } from '../../demo-server/login-validation';

export const DEFAULT_DEMO_SERVER_PORT = 5050;

interface DemoServerCliOptions {
  port: string;
  host?: string;
  days: string;
  seed: string;
  tokenTtl: string;
  failRate: string;
  latencyMs: string;
  email: string;
  passwordEnv?: string;
  mode: string;
  unstableTies?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('demo-server')
    .description(ctx.text('cli.demoServer.description'))
    .option('--port <port>', ctx.text('cli.options.port'), String(DEFAULT_DEMO_SERVER_PORT))
    .option('--host <host>', ctx.text('cli.demoServer.host'))
    .option('--days <n>', ctx.text('cli.demoServer.days'), '90')
    .option('--seed <s>', ctx.text('cli.options.seed'), '1')
    .option('--token-ttl <seconds>', ctx.text('cli.demoServer.tokenTtl'), '3600')
    .option('--fail-rate <p>', ctx.text('cli.demoServer.failRate'), '0')
    .option('--latency-ms <n>', ctx.text('cli.demoServer.latency'), '0')
    .option('--email <email>', ctx.text('cli.demoServer.email'), DEFAULT_DEMO_CREDENTIALS.email)
    .option('--password-env <var>', ctx.text('cli.demoServer.passwordEnv'))
    .option('--mode <mode>', ctx.text('cli.demoServer.mode'), 'production')
    .option('--unstable-ties', ctx.text('cli.demoServer.unstableTies'))
    .action(async (opts: DemoServerCliOptions) => {
      const settings = parseOptions(opts);
      const dataset = demoDatasetUpToYesterday({ seed: settings.seed, days: settings.days, now: ctx.now() });
      const server = await startDemoServer({
        ...settings,
        dataset,
        now: ctx.now,
        timeZone: DEMO_TIME_ZONE,
      }).catch((err: unknown) => {
        throw listenError(err, settings.host, settings.port);
      });
      ctx.out(ctx.text('cli.demoServer.emailLine', { email: settings.credentials.email }));
      ctx.out(
        opts.passwordEnv
          ? ctx.text('cli.demoServer.passwordFromEnv', { variable: opts.passwordEnv })
          : ctx.text('cli.demoServer.passwordLine', { password: settings.credentials.password }),
      );
      ctx.out(ctx.text('cli.demoServer.dataLine', { days: settings.days, seed: settings.seed }));
      if (settings.allowNonLoopback) {
        ctx.io.stderr(`${ctx.text('cli.demoServer.beyondLoopback', { host: settings.host })}\n`);
      }
      // Scripts and tests wait for this line (printed once ready, same words in every language).
      ctx.out(`Demo dispatch server listening on ${server.url}`);
      ctx.out(ctx.text('cli.stop'));
      await untilStopSignal();
      await server.close();
    });
}

function parseOptions(opts: DemoServerCliOptions) {
  const host = parseHost(opts.host ?? '127.0.0.1');
  if (opts.mode !== 'production' && opts.mode !== 'dev')
    throw usageError('cli.demoServer.unknownMode', { value: opts.mode });
  const email = opts.email.trim();
  if (!isMarshmallowEmail(email)) throw usageError('cli.demoServer.badEmail', { value: email });
  return {
    host,
    // Beyond loopback only when asked for by name.
    allowNonLoopback: opts.host !== undefined && !isLoopbackHost(host),
    port: parseIntInRange(opts.port, '--port', 0, 65535),
    days: parseIntInRange(opts.days, '--days', 1, MAX_DEMO_DAYS),
    seed: parseIntInRange(opts.seed, '--seed', 0, 2 ** 31 - 1),
    tokenTtlSeconds: parseIntInRange(opts.tokenTtl, '--token-ttl', 1, 30 * 86_400),
    failRate: parseRate(opts.failRate),
    latencyMs: parseIntInRange(opts.latencyMs, '--latency-ms', 0, 60_000),
    mode: opts.mode as 'production' | 'dev',
    unstableTies: opts.unstableTies === true,
    credentials: { email, password: passwordFrom(opts.passwordEnv) },
  };
}

function passwordFrom(variable: string | undefined): string {
  if (variable === undefined) return DEFAULT_DEMO_CREDENTIALS.password;
  const value = process.env[variable];
  if (!value) throw usageError('cli.demoServer.emptyPasswordEnv', { variable });
  if (value.length < 8) throw usageError('cli.demoServer.shortPassword', { variable });
  return value;
}

function parseRate(value: string): number {
  const n = /^\s*(0|1|0?\.\d+|1\.0*)\s*$/.test(value) ? Number(value) : NaN;
  if (n >= 0 && n <= 1) return n;
  throw usageError('cli.demoServer.badRate', { value });
}

function listenError(err: unknown, host: string, port: number): Error {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE') return usageError('cli.demoServer.portInUse', { port });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return usageError('cli.demoServer.notHere', { host });
  return err instanceof Error ? err : new Error(String(err));
}
