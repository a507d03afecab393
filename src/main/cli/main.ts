// The `dispatch-analytics` command tree. Each command lives in commands/<name>.ts and exports
// `register(program, ctx)`; adding a command is one line in COMMANDS.
import { Command, CommanderError } from 'commander';
import type { Lang } from '../../shared/analytics-types';
import { translate } from '../../shared/i18n';
import { createCliContext, defaultCliDeps, type CliContext, type CliDeps } from './cli-context';
import { exitCodeOf, localizedMessage, usageError } from './cli-errors';
import { resourcesRoot, setResourcesRoot, versionIn } from '../platform/app-resources';
import { storeFailureOf } from '../store/store-errors';
import * as aggregate from './commands/aggregate';
import * as backup from './commands/backup';
import * as dashboard from './commands/dashboard';
import * as exportCommand from './commands/export';
import * as demo from './commands/demo';
import * as demoServer from './commands/demo-server';
import * as insights from './commands/insights';
import * as metrics from './commands/metrics';
import * as weekly from './commands/weekly';
import * as forecast from './commands/forecast';
import * as facilities from './commands/facilities';
import * as report from './commands/report';
import * as scheduleCmd from './commands/schedule';
import * as serve from './commands/serve';
import * as settings from './commands/settings';
import * as sync from './commands/sync';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

const COMMANDS: RegisterCommand[] = [
  demo.register,
  demoServer.register,
  aggregate.register,
  metrics.register,
  dashboard.register,
  insights.register,
  weekly.register,
  forecast.register,
  facilities.register,
  exportCommand.register,
  serve.register,
  sync.register,
  backup.register,
  report.register,
  scheduleCmd.register,
  settings.register,
];

/** Runs the CLI on `argv` (without node and the script) and returns the exit code; never calls process.exit. */
export async function runCli(argv: string[], deps: Partial<CliDeps> = {}): Promise<number> {
  const full: CliDeps = { ...defaultCliDeps(), ...deps };
  if (full.resourcesRoot) setResourcesRoot(full.resourcesRoot);
  const io = full.io;
  // Known before parsing, so help texts already follow --lang.
  const helpLang = langIn(argv);
  const program = new Command('dispatch-analytics')
    .description(translate(helpLang, 'cli.program.description'))
    // An empty value would silently mean the default folder, the real data: refused instead.
    .option('--data-dir <dir>', translate(helpLang, 'cli.program.dataDir'), nonEmptyDataDir)
    .option('--lang <lang>', translate(helpLang, 'cli.program.lang'), helpLang)
    .version(versionIn(resourcesRoot()), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError(false);
  const ctx = createCliContext(program, full);
  for (const register of COMMANDS) register(program, ctx);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has already printed its message (or the help).
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      if (err.code === 'commander.help') return err.exitCode;
      return 2;
    }
    const lang = safeLang(ctx, helpLang);
    // A store that cannot be written, is full or damaged gets its own sentence, whichever command met it.
    const failure = storeFailureOf(err, safeStorePath(ctx)) ?? err;
    const message = localizedMessage(failure, lang);
    if (message) {
      io.stderr(`${message}\n`);
      return exitCodeOf(failure);
    }
    const detail = err instanceof Error ? err.message : String(err);
    io.stderr(`${translate(lang, 'cli.program.unexpected', { detail })}\n`);
    if (full.paths.env.DEBUG && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return 1;
  }
}

function nonEmptyDataDir(value: string): string {
  if (value.trim() === '') throw usageError('cli.program.emptyDataDir');
  return value;
}

function langIn(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return 'fr';
}

function safeStorePath(ctx: CliContext): string {
  try {
    return ctx.storePath();
  } catch {
    return 'dispatch-analytics.sqlite';
  }
}

function safeLang(ctx: CliContext, fallback: Lang): Lang {
  try {
    return ctx.lang();
  } catch {
    return fallback;
  }
}
