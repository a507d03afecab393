// `report daily|weekly`: a report as e-mailed (plain text on stdout, or the HTML with --out), and
// `report send …` / `report test-email` / `report resend ID`: send now, through the outbox.
import { writeFileSync } from 'node:fs';
import { basename, extname, join, dirname } from 'node:path';
import type { Command } from 'commander';
import type { IsoDate } from '../../../shared/analytics-types';
import { addDays, mondayOf } from '../../analytics/time-zone';
import { readSection, readSettings } from '../../settings';
import { createMailer, sendTestEmail, smtpPassword } from '../../mail/mailer';
import { CHART_CID } from '../../reports/report-html';
import { renderReport } from '../../reports/render-report';
import type { ReportKind } from '../../schedule/calendar';
import { reportRunnerDeps } from '../../schedule/report-deps';
import { resendDelivery, sendReportNow } from '../../schedule/report-runner';
import { createFileSecretStore } from '../../secrets/file-secret-store';
import { isEmailAddress } from '../../settings/sections/mail';
import { parseRecipients } from '../../settings/sections/reports';
import { parseDate, parseIntInRange } from '../cli-args';
import type { CliContext } from '../cli-context';
import { CliError, usageError } from '../cli-errors';
import { msg } from '../../../shared/i18n';

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
  const nowNote = ctx.t(
    'DISPATCH_ANALYTICS_NOW=<instant ISO-8601 avec décalage> fait comme s’il était cet instant.',
    'DISPATCH_ANALYTICS_NOW=<ISO-8601 instant with offset> makes it behave as if it were that instant.',
  );
  const report = program
    .command('report')
    .description(
      ctx.t(
        'rapports quotidien et hebdomadaire (ceux envoyés par e-mail)',
        'daily and weekly reports (as e-mailed)',
      ),
    )
    .addHelpText('after', `\n${nowNote}\n`);

  for (const kind of ['daily', 'weekly'] as const) {
    const cmd = report
      .command(kind)
      .description(
        kind === 'daily'
          ? ctx.t('le rapport d’un jour (défaut : hier)', 'the report of one day (default: yesterday)')
          : ctx.t(
              'le rapport d’une semaine lundi–dimanche (défaut : la dernière complète)',
              'the report of a Monday–Sunday week (default: the last complete one)',
            ),
      );
    if (kind === 'daily')
      cmd.option('--date <date>', ctx.t('le jour couvert (AAAA-MM-JJ)', 'the day covered (YYYY-MM-DD)'));
    else
      cmd.option(
        '--week-start <date>',
        ctx.t('le lundi de la semaine (AAAA-MM-JJ)', 'the Monday of the week (YYYY-MM-DD)'),
      );
    cmd
      .option(
        '--out <file>',
        ctx.t(
          'écrit le HTML de l’e-mail (et son graphique en PNG à côté)',
          'writes the e-mail’s HTML (and its chart as a PNG next to it)',
        ),
      )
      .addHelpText('after', `\n${nowNote}\n`)
      .action(async (opts: PeriodOpts & { out?: string }) => {
        await ctx.withData(async ({ store, settings, today }) => {
          const periodKey = periodOf(kind, opts, today);
          const r = await renderReport(
            { db: store.db },
            { kind, periodKey, lang: ctx.lang(), settings, withChart: opts.out !== undefined },
          );
          if (opts.out === undefined) {
            ctx.io.stdout(r.text);
            return;
          }
          // A file on disk cannot resolve cid: — the chart goes next to it, referenced by name.
          const chartName = `${basename(opts.out, extname(opts.out))}-chart.png`;
          writeFileSync(join(dirname(opts.out), chartName), Buffer.from(r.images[0]!.base64, 'base64'));
          writeFileSync(opts.out, r.html.replace(`cid:${CHART_CID}`, chartName));
          ctx.out(
            ctx.t(
              `Rapport écrit dans ${opts.out} (${r.html.length} octets de HTML).`,
              `Report written to ${opts.out} (${r.html.length} bytes of HTML).`,
            ),
          );
        });
      });
  }

  report
    .command('send <report>')
    .description(
      ctx.t(
        'envoie maintenant un rapport (ne marque jamais la période planifiée comme faite)',
        'sends a report now (never marks the scheduled period as done)',
      ),
    )
    .option('--date <date>', ctx.t('daily : le jour couvert', 'daily: the day covered'))
    .option('--week-start <date>', ctx.t('weekly : le lundi de la semaine', 'weekly: the Monday of the week'))
    .option(
      '--to <addresses>',
      ctx.t(
        'destinataires (a@x.ch,b@y.ch:en) ; défaut : ceux du rapport',
        'recipients (a@x.ch,b@y.ch:en); default: the report’s',
      ),
    )
    .addHelpText(
      'after',
      `\n${ctx.t('Mot de passe SMTP : DISPATCH_SMTP_PASSWORD.', 'SMTP password: DISPATCH_SMTP_PASSWORD.')} ${nowNote}\n`,
    )
    .action(async (which: string, opts: PeriodOpts & { to?: string }) => {
      const kind = parseKind(which);
      await ctx.withData(async ({ store, today }) => {
        const lang = readSettings(store.db).ui.language;
        const recipients = opts.to === undefined ? undefined : parseRecipients(opts.to, lang);
        if (recipients === null || (recipients && recipients.length === 0)) {
          throw usageError('cli.reportCommand.badRecipients', { value: String(opts.to) });
        }
        const deps = reportRunnerDeps({
          db: store.db,
          now: ctx.now,
          secrets: createFileSecretStore({ dataDir: ctx.dataDir() }),
        });
        const periodKey = periodOf(kind, opts, today);
        const { delivery } = await sendReportNow(deps, {
          kind,
          periodKey,
          ...(recipients ? { recipients } : {}),
        });
        ctx.out(
          ctx.t(
            `${kind} ${periodKey} : ${delivery.sent} envoyé(s), ${delivery.retry} à réessayer, ${delivery.failed} en échec.`,
            `${kind} ${periodKey}: ${delivery.sent} sent, ${delivery.retry} to retry, ${delivery.failed} failed.`,
          ),
        );
        if (delivery.failed > 0 || delivery.retry > 0) {
          throw new CliError('conflict', msg('cli.reportCommand.notDelivered'), 1);
        }
      });
    });

  report
    .command('test-email')
    .description(
      ctx.t('envoie un e-mail de test avec les réglages SMTP', 'sends a test e-mail with the SMTP settings'),
    )
    .requiredOption('--to <address>', ctx.t('destinataire', 'recipient'))
    .action(async (opts: { to: string }) => {
      if (!isEmailAddress(opts.to)) throw usageError('cli.reportCommand.badAddress', { value: opts.to });
      await ctx.withStore(async (store) => {
        const mailer = createMailer(
          readSection(store.db, 'mail'),
          await smtpPassword(createFileSecretStore({ dataDir: ctx.dataDir() })),
        );
        const receipt = await sendTestEmail(mailer, opts.to, ctx.lang());
        ctx.out(
          ctx.t(
            `Accepté par le serveur : ${receipt.response}`,
            `Accepted by the server: ${receipt.response}`,
          ),
        );
      });
    });

  report
    .command('resend <id>')
    .description(
      ctx.t(
        'renvoie un envoi en échec ou inconnu (id de schedule status --json)',
        'resends a failed or unknown delivery (id from schedule status --json)',
      ),
    )
    .action(async (id: string) => {
      const outboxId = parseIntInRange(id, 'id', 1, Number.MAX_SAFE_INTEGER);
      await ctx.withStore(async (store) => {
        const deps = reportRunnerDeps({
          db: store.db,
          now: ctx.now,
          secrets: createFileSecretStore({ dataDir: ctx.dataDir() }),
        });
        const d = await resendDelivery(deps, outboxId);
        ctx.out(
          ctx.t(
            `${d.sent} envoyé(s), ${d.retry} à réessayer, ${d.failed} en échec.`,
            `${d.sent} sent, ${d.retry} to retry, ${d.failed} failed.`,
          ),
        );
      });
    });
}
