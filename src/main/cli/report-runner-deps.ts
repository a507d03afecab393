// The report runner's dependencies in a CLI command: the store it opened, the file secret store of its data
// folder, and its exports (the weekly workbook) on the inline task runner — a terminal has no window to keep
// responsive, and the task still runs the way every task runs (src/main/worker/inline-runner.ts).
import { reportRunnerDeps } from '../schedule/report-deps';
import type { ReportRunnerDeps } from '../schedule/report-runner';
import { createFileSecretStore } from '../secrets/file-secret-store';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/open-store';
import { createInlineRunner } from '../worker/inline-runner';
import type { CliContext } from './cli-context';

export function cliReportRunnerDeps(
  ctx: CliContext,
  store: Store,
  opts: { secrets?: SecretStore; refreshData?: () => Promise<void> } = {},
): ReportRunnerDeps {
  const runner = createInlineRunner(store, ctx.now);
  return reportRunnerDeps({
    db: store.db,
    now: ctx.now,
    secrets: opts.secrets ?? createFileSecretStore({ dataDir: ctx.dataDir() }),
    runExport: (input) => runner.runTask('exports:write-file', input),
    ...(opts.refreshData ? { refreshData: opts.refreshData } : {}),
  });
}
