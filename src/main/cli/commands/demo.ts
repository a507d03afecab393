// `demo seed`: fills the store with the deterministic demo dataset, ending today in the company's zone.
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { parseIntInRange } from '../cli-args';
import { todayIn } from '../../../shared/time';
import { DEFAULT_BOOKINGS_PER_DAY, MAX_DEMO_DAYS } from '../../demo/demo-generator';
import { seedDemo } from '../../demo/seed-demo';
import { formatInt } from '../format/numbers';

export function register(program: Command, ctx: CliContext): void {
  const demo = program.command('demo').description(ctx.t('données de démonstration', 'demo data'));
  demo
    .command('seed')
    .description(
      ctx.t(
        'écrit des données de démonstration réalistes (finissant aujourd’hui) puis les agrège',
        'writes realistic demo data (ending today), then aggregates it',
      ),
    )
    .option('--days <n>', ctx.t('nombre de jours', 'number of days'), '90')
    .option(
      '--seed <s>',
      ctx.t('graine (mêmes données pour la même graine)', 'seed (same data for the same seed)'),
      '1',
    )
    .option(
      '--bookings-per-day <n>',
      ctx.t('courses par jour en moyenne', 'mean bookings per day'),
      String(DEFAULT_BOOKINGS_PER_DAY),
    )
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
          ctx.t(
            `Démo écrite dans ${store.path} : ${res.companyName}, ${formatInt(res.days, lang)} jours (${res.from} → ${res.to}), ${formatInt(res.bookings, lang)} courses, agrégées.`,
            `Demo written to ${store.path}: ${res.companyName}, ${formatInt(res.days, lang)} days (${res.from} → ${res.to}), ${formatInt(res.bookings, lang)} bookings, aggregated.`,
          ),
        );
        ctx.out(
          ctx.t('Essayez : dispatch-analytics dashboard', 'Try: dispatch-analytics dashboard --lang en'),
        );
      });
    });
}
