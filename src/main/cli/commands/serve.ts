// `serve`: the dashboard in a browser, from this machine only by default. Prints the page URL with its session
// token (http://127.0.0.1:<port>/?token=…) and runs until Ctrl+C / SIGTERM. The browser it opens gets a URL with
// a one-time login code instead of the token: a browser's command line is readable by every account (`ps`).
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { parseHost, parseIntInRange } from '../cli-args';
import { untilStopSignal } from '../stop-signal';
import { MISSING_BUILD_MESSAGE } from '../../api/static-files';
import { startServe } from '../../serve-app';
import { isLoopbackHost } from '../../settings';

function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser to open (server, container): the printed URL is enough.
  }
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(
      ctx.t(
        'ouvre le tableau de bord dans le navigateur (serveur local avec jeton d’accès)',
        'opens the dashboard in the browser (local server with an access token)',
      ),
    )
    .option('--port <port>', ctx.t('port (défaut : un port libre)', 'port (default: any free port)'), '0')
    .option('--host <host>', ctx.t('adresse d’écoute', 'address to listen on'), '127.0.0.1')
    .option('--no-open', ctx.t('ne pas ouvrir le navigateur', 'do not open the browser'))
    .option('--no-sync', ctx.t('pas de synchronisation automatique', 'no automatic sync'))
    .option(
      '--no-schedule',
      ctx.t('n’envoie pas les rapports planifiés', 'does not send the scheduled reports'),
    )
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
      });
      const { transport } = handle;
      // Printed with 127.0.0.1 even when listening on every interface: it is the URL to open here.
      const here = (pageUrl: string) =>
        isLoopbackHost(host)
          ? pageUrl
          : pageUrl.replace(/^http:\/\/[^/]+/, `http://127.0.0.1:${transport.port}`);
      const local = here(transport.pageUrl);
      ctx.out(ctx.t(`Dispatch Analytics est servi sur ${local}`, `Dispatch Analytics is served at ${local}`));
      ctx.out(ctx.t(`Données : ${ctx.dataDir()}`, `Data: ${ctx.dataDir()}`));
      if (!isLoopbackHost(host)) {
        ctx.io.stderr(
          ctx.t(
            `Attention : écoute sur ${host}, hors de cette machine ; le jeton protège l’accès mais la connexion n’est pas chiffrée.\n`,
            `Warning: listening on ${host}, beyond this machine; the token guards access but the connection is not encrypted.\n`,
          ),
        );
      }
      if (!handle.uiDir) ctx.io.stderr(`${MISSING_BUILD_MESSAGE}\n`);
      ctx.out(ctx.t('Ctrl+C pour arrêter.', 'Ctrl+C to stop.'));
      if (opts.open && handle.uiDir) openInBrowser(here(transport.loginUrl()));

      await untilStopSignal();
      await handle.close();
    });
}
