// `settings get [KEY]` and `settings set KEY=VALUE …`: every setting from scripts, with the same schema, rules
// and messages as the Settings screen (src/main/settings). All or nothing: one bad value and nothing is written.
// Passwords never go through here (they would land in the shell history): DISPATCH_PASSWORD + `sync
// --save-password` for the server's, the Reports screen or DISPATCH_SMTP_PASSWORD (+ `settings set
// --save-smtp-password`) for the SMTP one, which is bound to its server and user: changing those asks for it.
import type { Command } from 'commander';
import type { Lang } from '../../../shared/analytics-types';
import { translate, translateMessage } from '../../../shared/i18n';
import { pdfSettingWarning } from '../../schedule/report-deps';
import type { CliContext } from '../cli-context';
import { usageError } from '../cli-errors';
import { aggregateAll } from '../../aggregation/aggregate-service';
import { getCompany } from '../../store/repos/company-repo';
import { createFileSecretStore } from '../../secrets/file-secret-store';
import { serverPasswords } from '../../secrets/server-password';
import { smtpPasswords } from '../../secrets/smtp-password';
import { SMTP_PASSWORD_ENV } from '../../settings/sections/mail';
import { SMTP_PASSWORD_FIELD } from '../../settings/smtp-password-change';
import {
  applySettingsPatch,
  findLeaf,
  getAtPath,
  readSettings,
  savedServerOrigin,
  settingsMessageText,
  USER_SETTING_LEAVES,
  validatePatch,
  type SettingsErrors,
} from '../../settings';
import { formatCliValue, parseCliValue } from '../../settings/cli-values';

export function register(program: Command, ctx: CliContext): void {
  const settings = program.command('settings').description(translate(ctx.lang(), 'settings.cli.description'));

  settings
    .command('get [key]')
    .description(translate(ctx.lang(), 'settings.cli.getDescription'))
    .action(async (key: string | undefined) => {
      await ctx.withStore((store) => {
        const s = readSettings(store.db);
        const leaves = USER_SETTING_LEAVES.filter(
          (l) => key === undefined || l.path === key || l.path.startsWith(`${key}.`),
        );
        if (leaves.length === 0) throw errorsToUsage({ [key!]: unknownKey(key!) }, ctx.lang());
        for (const leaf of leaves) ctx.out(`${leaf.path}=${formatCliValue(getAtPath(s, leaf.path))}`);
      });
    });

  settings
    .command('set <assignments...>')
    .description(translate(ctx.lang(), 'settings.cli.setDescription'))
    .option('--save-smtp-password', translate(ctx.lang(), 'settings.cli.saveSmtpPassword'))
    .action(async (assignments: string[], opts: { saveSmtpPassword?: boolean }) => {
      const smtpPassword = opts.saveSmtpPassword ? process.env[SMTP_PASSWORD_ENV] : undefined;
      if (opts.saveSmtpPassword && !smtpPassword) {
        throw usageError('settings.cli.noSmtpPasswordVariable', { variable: SMTP_PASSWORD_ENV });
      }
      const patch: Record<string, unknown> = {};
      const errors: SettingsErrors = {};
      for (const a of assignments) {
        const eq = a.indexOf('=');
        if (eq <= 0) {
          throw usageError('settings.cli.notAnAssignment', { text: a });
        }
        const key = a.slice(0, eq).trim();
        const leaf = findLeaf(key);
        if (/password|secret/i.test(key))
          errors[key] = {
            key: key.startsWith('mail.')
              ? 'settings.errors.smtpPasswordNotHere'
              : 'settings.errors.secretNotHere',
          };
        else if (!leaf) errors[key] = unknownKey(key);
        else patch[key] = parseCliValue(leaf, a.slice(eq + 1));
      }
      const secrets = createFileSecretStore({ dataDir: ctx.dataDir() });
      const passwords = serverPasswords(secrets);
      await ctx.withStore(async (store) => {
        // Every refusal at once, the known keys' ones included, before anything is written.
        if (Object.keys(errors).length > 0) {
          throw errorsToUsage(
            { ...errors, ...validatePatch(readSettings(store.db), patch).errors },
            ctx.lang(),
          );
        }
        // An older version's unbound password is bound to the server saved before this change, never after.
        await passwords.bindLegacyPassword(savedServerOrigin(readSettings(store.db).server));
        const result = await applySettingsPatch(
          {
            db: store.db,
            passwords,
            smtpPasswords: smtpPasswords(secrets),
            now: ctx.now(),
            lang: ctx.lang(),
          },
          patch,
          smtpPassword ? { smtpPassword } : {},
        );
        if (!result.ok) throw errorsToUsage(result.errors, ctx.lang());
        // The figures depend on the on-time threshold and the zone: rebuilt now, as the app does.
        const company = getCompany(store.db);
        if (result.change.analytics && company) {
          aggregateAll(store.db, {
            companyId: company.id,
            now: ctx.now(),
            settings: result.settings.analytics,
          });
        }
        for (const key of Object.keys(patch)) {
          ctx.out(`${key}=${formatCliValue(getAtPath(result.settings, key))}`);
        }
        // Saved all the same (the report then goes without its PDF): said now, not found out later.
        if (
          Object.keys(patch).some((k) =>
            /^reports\.(daily\.attachPdf|weekly\.attachPdf|chromiumPath)$/.test(k),
          )
        ) {
          const warning = await pdfSettingWarning(store.db);
          if (warning) ctx.io.stderr(`${translateMessage(ctx.lang(), warning)}\n`);
        }
      });
    });
}

function unknownKey(key: string) {
  return { key: 'settings.errors.unknownKey' as const, params: { key } };
}

/** Every refused field on its own line, exit code 2. */
function errorsToUsage(errors: SettingsErrors, lang: Lang) {
  const text = (lang: Lang) =>
    [
      ...Object.entries(errors).map(([key, msg]) =>
        translate(lang, 'settings.cli.fieldError', { key, message: settingsMessageText(lang, msg) }),
      ),
      // The screen asks for the password next to the field; here it comes from the environment.
      ...(errors.password ? [translate(lang, 'settings.cli.passwordTheCliWay')] : []),
      ...(errors[SMTP_PASSWORD_FIELD] ? [translate(lang, 'settings.cli.smtpPasswordTheCliWay')] : []),
      translate(lang, 'settings.cli.nothingSaved'),
    ].join('\n');
  // Several sentences, each built in the reader's language: passed on as they are.
  return usageError('cli.program.verbatim', { text: text(lang) });
}
