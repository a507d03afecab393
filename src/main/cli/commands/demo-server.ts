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
    .description(
      ctx.t(
        'lance un serveur de dispatch de démonstration (réplique de l’API ATMR /api/v1) sur cette machine',
        'runs a demo dispatch server (replica of the ATMR /api/v1 API) on this machine',
      ),
    )
    .option(
      '--port <port>',
      ctx.t('port (0 = un port libre)', 'port (0 = any free port)'),
      String(DEFAULT_DEMO_SERVER_PORT),
    )
    .option(
      '--host <host>',
      ctx.t('adresse d’écoute (défaut : 127.0.0.1)', 'address to listen on (default: 127.0.0.1)'),
    )
    .option('--days <n>', ctx.t('jours d’historique jusqu’à hier', 'days of history up to yesterday'), '90')
    .option(
      '--seed <s>',
      ctx.t('graine (mêmes données pour la même graine)', 'seed (same data for the same seed)'),
      '1',
    )
    .option(
      '--token-ttl <seconds>',
      ctx.t('durée de vie des jetons d’accès', 'access-token lifetime'),
      '3600',
    )
    .option(
      '--fail-rate <p>',
      ctx.t('part des requêtes en échec 503/502, de 0 à 1', 'share of requests failing 503/502, 0 to 1'),
      '0',
    )
    .option('--latency-ms <n>', ctx.t('délai avant chaque réponse', 'delay before every response'), '0')
    .option('--email <email>', ctx.t('e-mail de connexion', 'login e-mail'), DEFAULT_DEMO_CREDENTIALS.email)
    .option(
      '--password-env <var>',
      ctx.t(
        'variable d’environnement contenant le mot de passe',
        'environment variable holding the password',
      ),
    )
    .option(
      '--mode <mode>',
      ctx.t('production ou dev (corps d’erreur du serveur)', 'production or dev (server error bodies)'),
      'production',
    )
    .option(
      '--unstable-ties',
      ctx.t(
        'ordre instable des courses à la même heure entre les pages',
        'unstable order of same-time bookings across pages',
      ),
    )
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
      ctx.out(ctx.t(`E-mail : ${settings.credentials.email}`, `E-mail: ${settings.credentials.email}`));
      ctx.out(
        opts.passwordEnv
          ? ctx.t(`Mot de passe : celui de $${opts.passwordEnv}`, `Password: the one in $${opts.passwordEnv}`)
          : ctx.t(
              `Mot de passe : ${settings.credentials.password}`,
              `Password: ${settings.credentials.password}`,
            ),
      );
      ctx.out(
        ctx.t(
          `Données : ${settings.days} jours jusqu’à hier, aujourd’hui en direct, demain planifié (graine ${settings.seed}).`,
          `Data: ${settings.days} days up to yesterday, today live, tomorrow planned (seed ${settings.seed}).`,
        ),
      );
      if (settings.allowNonLoopback) {
        ctx.io.stderr(
          ctx.t(
            `Attention : écoute sur ${settings.host}, hors de cette machine, avec des identifiants de démo connus et sans chiffrement.\n`,
            `Warning: listening on ${settings.host}, beyond this machine, with well-known demo credentials and no encryption.\n`,
          ),
        );
      }
      // Scripts and tests wait for this line (printed once ready, same words in every language).
      ctx.out(`Demo dispatch server listening on ${server.url}`);
      ctx.out(ctx.t('Ctrl+C pour arrêter.', 'Ctrl+C to stop.'));
      await untilStopSignal();
      await server.close();
    });
}

function parseOptions(opts: DemoServerCliOptions) {
  const host = parseHost(opts.host ?? '127.0.0.1');
  if (opts.mode !== 'production' && opts.mode !== 'dev')
    throw usageError(
      `Mode inconnu « ${opts.mode} » pour --mode : choisissez production ou dev.`,
      `Unknown mode "${opts.mode}" for --mode: choose production or dev.`,
    );
  const email = opts.email.trim();
  if (!isMarshmallowEmail(email))
    throw usageError(
      `E-mail invalide « ${email} » pour --email : le serveur refuserait toute connexion.`,
      `Invalid e-mail "${email}" for --email: the server would refuse every login.`,
    );
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
  if (!value)
    throw usageError(
      `La variable d’environnement ${variable} (--password-env) est vide ou absente : définissez-la avec le mot de passe.`,
      `The environment variable ${variable} (--password-env) is empty or missing: set it to the password.`,
    );
  if (value.length < 8)
    throw usageError(
      `Le mot de passe de ${variable} a moins de 8 caractères : le serveur refuserait la connexion.`,
      `The password in ${variable} is shorter than 8 characters: the server would refuse the login.`,
    );
  return value;
}

function parseRate(value: string): number {
  const n = /^\s*(0|1|0?\.\d+|1\.0*)\s*$/.test(value) ? Number(value) : NaN;
  if (n >= 0 && n <= 1) return n;
  throw usageError(
    `Valeur invalide « ${value} » pour --fail-rate : attendu un nombre de 0 à 1 (ex. 0.1).`,
    `Invalid value "${value}" for --fail-rate: expected a number from 0 to 1 (e.g. 0.1).`,
  );
}

function listenError(err: unknown, host: string, port: number): Error {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE')
    return usageError(
      `Le port ${port} est déjà utilisé : choisissez-en un autre avec --port (0 = un port libre).`,
      `Port ${port} is already in use: choose another with --port (0 = any free port).`,
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return usageError(
      `Impossible d’écouter sur ${host} : cette adresse n’est pas sur cette machine.`,
      `Cannot listen on ${host}: that address is not on this machine.`,
    );
  return err instanceof Error ? err : new Error(String(err));
}
