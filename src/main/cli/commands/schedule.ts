// `schedule status [--json]` and `schedule run-due`: the scheduled reports for offices that drive them from a
// system timer (systemd, Windows Task Scheduler) instead of keeping the app or `serve` running.
import type { Command } from 'commander';
import { reportRunnerDeps } from '../../schedule/report-deps';
import { runDueReports } from '../../schedule/report-runner';
import { scheduleStatus } from '../../schedule/schedule-status';
import { listOutboxHistory } from '../../store/repos/outbox-repo';
import { createFileSecretStore } from '../../secrets/file-secret-store';
import { t as tr, formatDateTime, weekdayName } from '../../reports/report-i18n';
import type { CliContext } from '../cli-context';
import { CliError, localizedMessage } from '../cli-errors';
import { msg } from '../../../shared/i18n';

export function register(program: Command, ctx: CliContext): void {
  const nowNote = ctx.t(
    'DISPATCH_ANALYTICS_NOW=<instant ISO-8601 avec décalage> fait comme s’il était cet instant (essais, rejeux).',
    'DISPATCH_ANALYTICS_NOW=<ISO-8601 instant with offset> makes it behave as if it were that instant (tests, replays).',
  );
  const schedule = program
    .command('schedule')
    .description(ctx.t('les envois planifiés des rapports', 'the scheduled report sends'))
    .addHelpText('after', `\n${nowNote}\n`);

  schedule
    .command('status')
    .description(
      ctx.t(
        'par rapport : prochain envoi (et fuseau), dernier envoi et son issue',
        'per report: next run (and zone), last run and its outcome',
      ),
    )
    .option('--json', ctx.t('sortie JSON', 'JSON output'))
    .addHelpText('after', `\n${nowNote}\n`)
    .action(async (opts: { json?: boolean }) => {
      await ctx.withStore((store) => {
        const jobs = scheduleStatus(store.db, ctx.now());
        const deliveries = listOutboxHistory(store.db, 20);
        if (opts.json) {
          ctx.out(JSON.stringify({ jobs, deliveries }, null, 2));
          return;
        }
        const lang = ctx.lang();
        for (const j of jobs) {
          const when = j.kind === 'weekly' ? `${weekdayName(lang, j.weekday ?? 1)} ${j.time}` : j.time;
          ctx.out(
            `${j.job}: ${j.enabled ? ctx.t('actif', 'on') : ctx.t('inactif', 'off')} · ${when} (${j.timeZone})`,
          );
          if (j.next)
            ctx.out(
              `  ${ctx.t('prochain envoi', 'next run')}: ${formatDateTime(lang, Date.parse(j.next.at), j.timeZone)} (${j.timeZone}) → ${j.next.periodKey}`,
            );
          ctx.out(
            `  ${ctx.t('dernier envoi', 'last run')}: ${
              j.last
                ? `${j.last.periodKey} · ${outcomeText(lang, j.last.status)} · ${formatDateTime(lang, Date.parse(j.last.startedAt), j.timeZone)}`
                : tr(lang, 'reports.outcome.never')
            }`,
          );
        }
        if (deliveries.length > 0) {
          ctx.out();
          ctx.out(ctx.t('Derniers envois :', 'Latest deliveries:'));
          for (const d of deliveries) {
            ctx.out(
              `  #${d.id} ${d.job} ${d.periodKey} → ${d.recipient}: ${tr(lang, `reports.state.${d.state}`)}${d.response ? ` — ${d.response}` : ''}`,
            );
          }
        }
      });
    });

  schedule
    .command('run-due')
    .description(
      ctx.t(
        'fait chaque envoi dû (rattrapage compris), puis s’arrête',
        'does every due run (catch-up included), then exits',
      ),
    )
    .addHelpText(
      'after',
      `\n${ctx.t('Mot de passe SMTP : DISPATCH_SMTP_PASSWORD ou secrets.json.', 'SMTP password: DISPATCH_SMTP_PASSWORD or secrets.json.')} ${nowNote}\n`,
    )
    .action(async () => {
      await ctx.withStore(async (store) => {
        const deps = reportRunnerDeps({
          db: store.db,
          now: ctx.now,
          secrets: createFileSecretStore({ dataDir: ctx.dataDir() }),
        });
        const res = await runDueReports(deps);
        const lang = ctx.lang();
        for (const p of res.periods) ctx.out(`${p.job} ${p.periodKey}: ${p.outcome}`);
        const d = res.delivery;
        ctx.out(
          ctx.t(
            `E-mails : ${d.sent} envoyé(s), ${d.retry} à réessayer, ${d.failed} en échec.`,
            `E-mails: ${d.sent} sent, ${d.retry} to retry, ${d.failed} failed.`,
          ),
        );
        if (res.mailError !== undefined && hasWork(store.db, ctx.now())) {
          // The mail error's own sentence, in the reader's language (it has no catalogue key yet).
          const text = localizedMessage(res.mailError, lang) ?? String(res.mailError);
          throw new CliError('conflict', msg('common.error', { message: text }), 1);
        }
        if (d.failed > 0) {
          throw new CliError('conflict', msg('cli.reportCommand.failed'), 1);
        }
      });
    });
}

function outcomeText(lang: 'fr' | 'en', status: string): string {
  const known = ['sent', 'partial', 'failed', 'skipped', 'running'] as const;
  return (known as readonly string[]).includes(status)
    ? tr(lang, `reports.outcome.${status as (typeof known)[number]}`)
    : status;
}

/** Something would be sent if the mailer worked: an enabled schedule with a due period, or the outbox. */
function hasWork(db: Parameters<typeof scheduleStatus>[0], now: number): boolean {
  return scheduleStatus(db, now).some((j) => j.enabled);
}
