// `serve`: the dashboard in a browser, from this machine only by default. Prints the page URL with its session
// token (http://127.0.0.1:<port>/?token=…) and runs until Ctrl+C / SIGTERM. The browser it opens gets a URL with
// a one-time login code instead of the token: a browser's command line is readable by every account (`ps`).
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { parseHost, parseIntInRange } from '../cli-args';
import { serveListenError } from '../listen-errors';
import { untilStopSignal } from '../stop-signal';
import { openInBrowser } from '../open-browser';
import { MISSING_BUILD_MESSAGE } from '../../api/static-files';
import { startServe } from '../../serve-app';
import { isLoopbackHost } from '../../settings';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(ctx.text('cli.serve.description'))
    .option('--port <port>', ctx.text('cli.serve.port'), '0')
    .option('--host <host>', ctx.text('cli.serve.host'), '127.0.0.1')
    .option('--no-open', ctx.text('cli.serve.noOpen'))
    .option('--no-sync', ctx.text('cli.serve.noSync'))
    .option('--no-schedule', ctx.text('cli.serve.noSchedule'))
    .action(async (opts: { port: string; host: string; open: boolean; sync: boolean; schedule: boolean }) => {
      const port = parseIntInRange(opts.port, '--port', 0, 65535);
      const host = parseHost(opts.host);
      const handle = await startServe({
        dataDir: ctx.dataDir(),
        host,
        port,
        autoSync: opts.sync,
        schedule: opts.schedule,
        now: ctx.now,
        ...(ctx.workerScript ? { workerScript: ctx.workerScript } : {}),
      }).catch((err: unknown) => {
        throw serveListenError(err, host, port) ?? err;
      });
      const { transport } = handle;
      // Printed with 127.0.0.1 even when listening on every interface: it is the URL to open here.
      const here = (pageUrl: string) =>
        isLoopbackHost(host)
          ? pageUrl
          : pageUrl.replace(/^http:\/\/[^/]+/, `http://127.0.0.1:${transport.port}`);
      const local = here(transport.pageUrl);
      ctx.out(ctx.text('cli.serve.servedAt', { url: local }));
      ctx.out(ctx.text('cli.serve.data', { dir: ctx.dataDir() }));
      if (!isLoopbackHost(host)) {
        ctx.io.stderr(`${ctx.text('cli.serve.beyondLoopback', { host })}\n`);
      }
      if (!handle.uiDir) ctx.io.stderr(`${ctx.text(MISSING_BUILD_MESSAGE)}\n`);
      ctx.out(ctx.text('cli.stop'));
      if (opts.open && handle.uiDir) {
        openInBrowser(here(transport.loginUrl()), () =>
          ctx.io.stderr(`${ctx.text('cli.serve.noBrowser', { url: local })}\n`),
        );
      }

      await untilStopSignal();
      await handle.close();
    });
}
