// `demo seed`: fills the store with the deterministic demo dataset, ending today in the company's zone.
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { parseIntInRange } from '../cli-args';
import { todayIn } from '../../analytics/time-zone';
import { DEFAULT_BOOKINGS_PER_DAY, MAX_DEMO_DAYS } from '../../demo/demo-generator';
import { seedDemo } from '../../demo/seed-demo';
import { formatInteger } from '../../../shared/format';

export function register(program: Command, ctx: CliContext): void {
  const demo = program.command('demo').description(ctx.text('cli.demo.description'));
  demo
    .command('seed')
    .description(ctx.text('cli.demo.seedDescription'))
    .option('--days <n>', ctx.text('cli.demo.days'), '90')
    .option('--seed <s>', ctx.text('cli.options.seed'), '1')
    .option('--bookings-per-day <n>', ctx.text('cli.demo.bookingsPerDay'), String(DEFAULT_BOOKINGS_PER_DAY))
    .action(async (opts: { days: string; seed: string; bookingsPerDay: string }) => {
      const days = parseIntInRange(opts.days, '--days', 1, MAX_DEMO_DAYS);
      const seed = parseIntInRange(opts.seed, '--seed', 0, 2 ** 31 - 1);
      const bookingsPerDay = parseIntInRange(opts.bookingsPerDay, '--bookings-per-day', 1, 20_000);
      await ctx.withStore((store) => {
        const settings = ctx.analyticsSettings(store);
        const now = ctx.now();
        const res = seedDemo(store.db, {
          seed,
          days,
          bookingsPerDay,
          endDay: todayIn(settings.timeZone, now),
          now,
          settings,
        });
        const lang = ctx.lang();
        ctx.out(
          ctx.text('cli.demo.written', {
            path: store.path,
            company: res.companyName,
            days: formatInteger(lang, res.days),
            from: res.from,
            to: res.to,
            bookings: formatInteger(lang, res.bookings),
          }),
        );
        ctx.out(ctx.text('cli.demo.tryIt'));
      });
    });
}
