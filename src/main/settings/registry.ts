// Every settings section, by the name of its row in the settings table. Adding a section: write its schema in
// sections/<name>.ts (a z.object whose every field has a default), add one line here, give its fields a label in
// the catalogue and a field on a screen (the Settings screen, or the Reports screen for mail and reports). Reading, validation, `settings get/set` and the API's
// `values` follow from this list.
import type { z } from 'zod';
import { analyticsSettingsSchema } from './sections/analytics';
import { backupsSettingsSchema } from './sections/backups';
import { exportsSettingsSchema } from './sections/exports';
import { mailSettingsSchema } from './sections/mail';
import { reportsSettingsSchema } from './sections/reports';
import { serverSettingsSchema } from './sections/server';
import { shellSettingsSchema } from './sections/shell';
import { syncSettingsSchema } from './sections/sync';
import { uiSettingsSchema } from './sections/ui';

export const SETTINGS_SECTIONS = {
  server: serverSettingsSchema,
  sync: syncSettingsSchema,
  analytics: analyticsSettingsSchema,
  ui: uiSettingsSchema,
  shell: shellSettingsSchema,
  backups: backupsSettingsSchema,
  mail: mailSettingsSchema,
  reports: reportsSettingsSchema,
  exports: exportsSettingsSchema,
} as const;

export type SettingsSectionName = keyof typeof SETTINGS_SECTIONS;

export const SETTINGS_SECTION_NAMES = Object.keys(SETTINGS_SECTIONS) as SettingsSectionName[];

/** The whole settings, each section complete (defaults filled in). */
export type Settings = { [K in SettingsSectionName]: z.output<(typeof SETTINGS_SECTIONS)[K]> };
