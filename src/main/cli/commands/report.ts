// `report daily|weekly`: a report as e-mailed (plain text on stdout, or the HTML with --out), and
// `report send …` / `report test-email` / `report resend ID`: send now, through the outbox.
import { writeFileSync } from 'node:fs';
import { basename, extname, join, dirname } from 'node:path';
import type { Command } from 'commander';
import type { IsoDate } from '../../../shared/analytics-types';
import { addDays, mondayOf } from '../../../shared/time';
import { readSection, readSettings } from '../../settings';
import { createMailer, sendTestEmail, smtpPassword } from '../../mail/mailer';
import { MailSendError } from '../../mail/send-failure';
import { CHART_CID } from '../../reports/report-html';
import { renderReport } from '../../reports/render-report';
import type { ReportKind } from '../../schedule/calendar';
import { resendDelivery, sendReportNow } from '../../schedule/report-runner';
import { createFileSecretStore } from '../../secrets/file-secret-store';
import { isEmailAddress } from '../../settings/sections/mail';
import { parseRecipients } from '../../settings/sections/reports';
import { parseDate, parseIntInRange } from '../cli-args';
import type { CliContext } from '../cli-context';
import { cliReportRunnerDeps } from '../report-runner-deps';
import { CliError, usageError } from '../cli-errors';
import { msg } from '../../../shared/i18n';
import { formatInteger } from '../../../shared/format';
import { deliveryCounts } from '../format/delivery-counts';
import { writeReportPdf } from '../report-pdf-file';

interface PeriodOpts {
  date?: string;
  weekStart?: string;
}

/** The period asked for, else the last complete one: yesterday, or last Monday–Sunday week. */
function periodOf(kind: ReportKind, opts: PeriodOpts, today: IsoDate): IsoDate {
  if (kind === 'daily') {
    if (opts.weekStart !== undefined) throw usageError('cli.reportCommand.weekStartWithDaily');
    return opts.date === undefined ? addDays(today, -1) : parseDate(opts.date, '--date');
  }
  if (opts.date !== undefined) throw usageError('cli.reportCommand.dateWithWeekly');
  return opts.weekStart === undefined
    ? addDays(mondayOf(today), -7)
    : mondayOf(parseDate(opts.weekStart, '--week-start'));
}

function parseKind(value: string): ReportKind {
  if (value === 'daily' || value === 'weekly') return value;
  throw usageError('cli.reportCommand.unknownKind', { value });
}

export function register(program: Command, ctx: CliContext): void {
  const nowNote = ctx.text('cli.reportCommand.nowNote');
  const report = program
    .command('report')
    .description(ctx.text('cli.reportCommand.description'))
    .addHelpText('after', `\n${nowNote}\n`);

  for (const kind of ['daily', 'weekly'] as const) {
    const cmd = report
      .command(kind)
      .description(
        kind === 'daily'
          ? ctx.text('cli.reportCommand.dailyDescription')
          : ctx.text('cli.reportCommand.weeklyDescription'),
      );
    if (kind === 'daily') cmd.option('--date <date>', ctx.text('cli.reportCommand.date'));
    else cmd.option('--week-start <date>', ctx.text('cli.reportCommand.weekStart'));
    cmd
      .option('--out <file>', ctx.text('cli.reportCommand.out'))
      .option('--pdf <file>', ctx.text('reports.pdf.cliOption'))
      .addHelpText('after', `\n${nowNote}\n`)
      .action(async (opts: PeriodOpts & { out?: string; pdf?: string }) => {
        await ctx.withData(async ({ store, settings, today }) => {
          const periodKey = periodOf(kind, opts, today);
          const r = await renderReport(
            { db: store.db },
            {
              kind,
              periodKey,
              lang: ctx.lang(),
              settings,
              withChart: opts.out !== undefined || opts.pdf !== undefined,
            },
          );
          if (opts.pdf !== undefined) {
            await writeReportPdf(store.db, r, opts.pdf);
            ctx.out(ctx.text('reports.pdf.written', { path: opts.pdf }));
            if (opts.out === undefined) return;
          }
          if (opts.out === undefined) {
            ctx.io.stdout(r.text);
            return;
          }
          // A file on disk cannot resolve cid: — the chart goes next to it, referenced by name.
          const chartName = `${basename(opts.out, extname(opts.out))}-chart.png`;
          writeFileSync(join(dirname(opts.out), chartName), Buffer.from(r.images[0]!.base64, 'base64'));
          writeFileSync(opts.out, r.html.replace(`cid:${CHART_CID}`, chartName));
          ctx.out(
            ctx.text('cli.reportCommand.written', {
              path: opts.out,
              bytes: formatInteger(ctx.lang(), r.html.length),
            }),
          );
        });
      });
  }

  report
    .command('send <report>')
    .description(ctx.text('cli.reportCommand.sendDescription'))
    .option('--date <date>', ctx.text('cli.reportCommand.sendDate'))
    .option('--week-start <date>', ctx.text('cli.reportCommand.sendWeekStart'))
    .option('--to <addresses>', ctx.text('cli.reportCommand.to'))
    .addHelpText('after', `\n${ctx.text('cli.reportCommand.smtpPassword')} ${nowNote}\n`)
    .action(async (which: string, opts: PeriodOpts & { to?: string }) => {
      const kind = parseKind(which);
      await ctx.withData(async ({ store, today }) => {
        const lang = readSettings(store.db).ui.language;
        const recipients = opts.to === undefined ? undefined : parseRecipients(opts.to, lang);
        if (recipients === null || (recipients && recipients.length === 0)) {
          throw usageError('cli.reportCommand.badRecipients', { value: String(opts.to) });
        }
        const deps = cliReportRunnerDeps(ctx, store);
        const periodKey = periodOf(kind, opts, today);
        const { delivery } = await sendReportNow(deps, {
          kind,
          periodKey,
          ...(recipients ? { recipients } : {}),
        });
        ctx.out(
          ctx.text('cli.reportCommand.sent', {
            kind,
            period: periodKey,
            ...deliveryCounts(ctx.lang(), delivery),
          }),
        );
        if (delivery.failed > 0 || delivery.retry > 0) {
          throw new CliError('conflict', msg('cli.reportCommand.notDelivered'), 1);
        }
      });
    });

  report
    .command('test-email')
    .description(ctx.text('cli.reportCommand.testDescription'))
    .requiredOption('--to <address>', ctx.text('cli.reportCommand.recipient'))
    .action(async (opts: { to: string }) => {
      if (!isEmailAddress(opts.to)) throw usageError('cli.reportCommand.badAddress', { value: opts.to });
      await ctx.withStore(async (store) => {
        const mail = readSection(store.db, 'mail');
        const mailer = createMailer(
          mail,
          await smtpPassword(createFileSecretStore({ dataDir: ctx.dataDir() }), mail),
        );
        // The server's refusal, a timeout or a failed STARTTLS: one sentence saying what to do (exit code 1).
        const receipt = await sendTestEmail(mailer, opts.to, ctx.lang()).catch((err: unknown) => {
          throw new MailSendError(err, mail);
        });
        ctx.out(ctx.text('cli.reportCommand.accepted', { response: receipt.response }));
      });
    });

  report
    .command('resend <id>')
    .description(ctx.text('cli.reportCommand.resendDescription'))
    .action(async (id: string) => {
      const outboxId = parseIntInRange(id, 'id', 1, Number.MAX_SAFE_INTEGER);
      await ctx.withStore(async (store) => {
        const deps = cliReportRunnerDeps(ctx, store);
        const d = await resendDelivery(deps, outboxId);
        ctx.out(ctx.text('cli.reportCommand.resent', deliveryCounts(ctx.lang(), d)));
      });
    });
}
