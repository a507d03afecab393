// The app's settings: one schema per section (sections/*.ts, listed in registry.ts), read field by field and
// validated in one place, used by the API, the CLI, sync and the shell.
export {
  SETTINGS_SECTIONS,
  SETTINGS_SECTION_NAMES,
  type Settings,
  type SettingsSectionName,
} from './registry';
export { readSettings, readSection, sectionFrom, defaultSettings, writeSettings } from './read-settings';
export {
  validatePatch,
  findLeaf,
  getAtPath,
  SETTINGS_LEAVES,
  USER_SETTING_LEAVES,
  userSettingValues,
  type SettingsErrors,
  type SettingsMessage,
} from './settings-patch';
export { applySettingsPatch, type SettingsChange, type ApplyResult } from './apply-settings';
export { checkServerUrl, isLoopbackHost, serverOrigin } from './server-url';
export { isValidEmail, type SettingsErrorKey } from './field-rules';
export {
  savedServerOrigin,
  serverProfileOf,
  type ServerProfile,
  type ServerSettings,
} from './sections/server';
export type { SyncSettings } from './sections/sync';
export type { UiSettings } from './sections/ui';
export type { ShellSettings, WindowBounds } from './sections/shell';
export type { BackupsSettings } from './sections/backups';
export { settingsMessageText } from './settings-messages';
