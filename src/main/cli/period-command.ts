// A command over a period: `--period P` or `--from D --to D` (parsed by parsePeriodOptions), and `--json`.
// dashboard and facilities share it, so their options and help read the same.
import type { Command } from 'commander';
import type { CliContext } from './cli-context';

export interface PeriodCommandOptions {
  period?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

export function periodCommand(program: Command, ctx: CliContext, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .option('--period <p>', ctx.text('cli.dashboard.period'))
    .option('--from <date>', ctx.text('cli.dashboard.from'))
    .option('--to <date>', ctx.text('cli.dashboard.to'))
    .option('--json', ctx.text('cli.options.json'));
}
