// `schedule status [--json]` and `schedule run-due`: the scheduled reports for offices that drive them from a
// system timer (systemd, Windows Task Scheduler) instead of keeping the app or `serve` running.
import type { Command } from 'commander';
import { REPORT_SYNC_TIMEOUT_MS } from '../../schedule/report-deps';
import { syncSavedServer } from '../../sync/saved-server-sync';
import { createFileSecretStore } from '../../secrets/file-secret-store';
import { runDueReports } from '../../schedule/report-runner';
import { scheduleStatus } from '../../schedule/schedule-status';
import { listOutboxHistory, nextAttempts } from '../../store/repos/outbox-repo';
import { t as tr, formatDateTime, weekdayName } from '../../reports/report-i18n';
import type { CliContext } from '../cli-context';
import { cliReportRunnerDeps } from '../report-runner-deps';
import { CliError, localizedMessage } from '../cli-errors';
import { msg } from '../../../shared/i18n';
import { deliveryCounts } from '../format/delivery-counts';
import { deliveryStateText, jobTitle, outcomeText, periodText, scheduleLine } from '../format/schedule-text';

export function register(program: Command, ctx: CliContext): void {
  const nowNote = ctx.text('cli.scheduleCommand.nowNote');
  const schedule = program
    .command('schedule')
    .description(ctx.text('cli.scheduleCommand.description'))
    .addHelpText('after', `\n${nowNote}\n`);

  schedule
    .command('status')
    .description(ctx.text('cli.scheduleCommand.statusDescription'))
    .option('--json', ctx.text('cli.options.json'))
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
        const labelled = (label: string, value: string) =>
          tr(lang, 'reports.scheduleText.labelled', { label, value });
        for (const j of jobs) {
          const when = j.kind === 'weekly' ? `${weekdayName(lang, j.weekday ?? 1)} ${j.time}` : j.time;
          const onOff = j.enabled ? ctx.text('cli.scheduleCommand.on') : ctx.text('cli.scheduleCommand.off');
          ctx.out(labelled(jobTitle(lang, j.job), `${onOff} · ${when} (${j.timeZone})`));
          if (j.next) {
            const at = formatDateTime(lang, Date.parse(j.next.at), j.timeZone);
            const next = `${at} (${j.timeZone}) → ${periodText(lang, j.job, j.next.periodKey)}`;
            ctx.out(`  ${labelled(ctx.text('cli.scheduleCommand.nextRun'), next)}`);
          }
          const last = j.last
            ? `${periodText(lang, j.job, j.last.periodKey)} · ${runStatusText(lang, j.last.status)} · ${formatDateTime(lang, Date.parse(j.last.startedAt), j.timeZone)}`
            : tr(lang, 'reports.outcome.never');
          ctx.out(`  ${labelled(ctx.text('cli.scheduleCommand.lastRun'), last)}`);
          const pdf = j.last?.pdfMissing;
          if (pdf)
            ctx.out(
              `  ${
                pdf.reason === 'missing'
                  ? tr(lang, 'reports.pdf.statusMissing')
                  : tr(lang, 'reports.pdf.statusFailed', { detail: pdf.detail ?? '' })
              }`,
            );
        }
        if (deliveries.length > 0) {
          const zone = jobs[0]?.timeZone ?? 'UTC';
          const retryAt = nextAttempts(
            store.db,
            deliveries.map((d) => d.id),
          );
          ctx.out();
          ctx.out(ctx.text('cli.scheduleCommand.latest'));
          for (const d of deliveries) {
            const state = deliveryStateText(lang, d.state, retryAt.get(d.id), zone);
            // #id stays: `report resend ID` takes it.
            const outcome = `${state}${d.response ? ` — ${d.response}` : ''}`;
            ctx.out(`  #${d.id} ${d.recipient} · ${scheduleLine(lang, d.job, d.periodKey, outcome)}`);
          }
        }
      });
    });

  schedule
    .command('run-due')
    .description(ctx.text('cli.scheduleCommand.runDueDescription'))
    .addHelpText('after', `\n${ctx.text('cli.scheduleCommand.smtpPassword')} ${nowNote}\n`)
    .action(async () => {
      await ctx.withStore(async (store) => {
        const secrets = createFileSecretStore({ dataDir: ctx.dataDir() });
        // A stale report first syncs the saved server (once per run, bounded): a system timer runs only run-due.
        let refreshed: Promise<void> | null = null;
        const refreshData = () =>
          (refreshed ??= syncSavedServer({
            db: store.db,
            secrets,
            now: ctx.now,
            timeoutMs: REPORT_SYNC_TIMEOUT_MS,
            ...(process.env.DISPATCH_PASSWORD ? { envPassword: process.env.DISPATCH_PASSWORD } : {}),
          }).then((r) => {
            if (r.status !== 'failed') return;
            const message = localizedMessage(r.error, ctx.lang()) ?? String(r.error);
            ctx.out(ctx.text('cli.scheduleCommand.syncFailed', { message }));
          }));
        const deps = cliReportRunnerDeps(ctx, store, { secrets, refreshData });
        const res = await runDueReports(deps);
        const lang = ctx.lang();
        for (const p of res.periods) {
          ctx.out(scheduleLine(lang, p.job, p.periodKey, outcomeText(lang, p.outcome)));
        }
        const d = res.delivery;
        ctx.out(ctx.text('cli.scheduleCommand.emails', deliveryCounts(lang, d)));
        if (res.mailError !== undefined && hasWork(store.db, ctx.now())) {
          // The mail error's own sentence, in the reader's language (a MailConfigError names its catalogue key).
          const text = localizedMessage(res.mailError, lang) ?? String(res.mailError);
          throw new CliError('conflict', msg('common.error', { message: text }), 1);
        }
        if (d.failed > 0) {
          throw new CliError('conflict', msg('cli.reportCommand.failed'), 1);
        }
      });
    });
}

function runStatusText(lang: 'fr' | 'en', status: string): string {
  const known = ['sent', 'partial', 'failed', 'skipped', 'running'] as const;
  return (known as readonly string[]).includes(status)
    ? tr(lang, `reports.outcome.${status as (typeof known)[number]}`)
    : status;
}

/** Something would be sent if the mailer worked: an enabled schedule with a due period, or the outbox. */
function hasWork(db: Parameters<typeof scheduleStatus>[0], now: number): boolean {
  return scheduleStatus(db, now).some((j) => j.enabled);
}
