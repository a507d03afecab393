// The report runner's dependencies for a process that holds a store: the mailer from the settings and the
// secret store (DISPATCH_SMTP_PASSWORD first), the renderer, and an optional data refresh (a sync).
import { createMailer, smtpPassword } from '../mail/mailer';
import type { RenderReportInput, RenderedReport } from '../reports/render-report';
import type { SecretStore } from '../secrets/secret-store';
import { readSection } from '../settings/read-settings';
import type { Db } from '../store/open-store';
import type { ReportRunnerDeps } from './report-runner';
import type { RunExport } from './week-workbook';

export function reportRunnerDeps(opts: {
  db: Db;
  now: () => number;
  secrets: SecretStore | null;
  env?: NodeJS.ProcessEnv;
  refreshData?: () => Promise<void>;
  render?: (input: RenderReportInput) => Promise<RenderedReport>;
  runExport: RunExport;
  version?: string;
}): ReportRunnerDeps {
  return {
    db: opts.db,
    now: opts.now,
    mailer: async () =>
      createMailer(readSection(opts.db, 'mail'), await smtpPassword(opts.secrets, opts.env)),
    ...(opts.refreshData ? { refreshData: opts.refreshData } : {}),
    ...(opts.render ? { render: opts.render } : {}),
    runExport: opts.runExport,
    ...(opts.version ? { version: opts.version } : {}),
  };
}
