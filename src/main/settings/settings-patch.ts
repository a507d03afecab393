// Validation of a change to the settings, given as dotted paths ('sync.historyDays' → 90), for every entry point:
// the Settings screen (through the API), `settings set` and `sync --save`. Each field is checked by its schema,
// then the rules that tie fields together (server address and e-mail, threshold pairs). Pure: nothing is written.
import { INSIGHT_THRESHOLD_PAIRS } from '../../shared/contract/sync-settings-schemas';
import { isMessageKey } from '../../shared/i18n';
import type { SettingsErrorKey } from './field-rules';
import { SETTINGS_SECTION_NAMES, SETTINGS_SECTIONS, type Settings } from './registry';
import { leavesOf, type SettingsLeaf } from './schema-walk';
import { checkServerUrl } from './server-url';

/** A field's error: a catalogue key and its parameters, translated where it is shown. */
export interface SettingsMessage {
  key: SettingsErrorKey;
  params?: Record<string, string | number>;
}

/** Errors by dotted path. */
export type SettingsErrors = Record<string, SettingsMessage>;

/** Every settable leaf of every section. */
export const SETTINGS_LEAVES: readonly SettingsLeaf[] = SETTINGS_SECTION_NAMES.flatMap((name) =>
  leavesOf(SETTINGS_SECTIONS[name].shape, `${name}.`),
);

/** The settings a person reads and sets (the Settings screen's `values`, `settings get`): all but the app's own. */
export const USER_SETTING_LEAVES: readonly SettingsLeaf[] = SETTINGS_LEAVES.filter((l) => !l.meta.internal);

/** Each of the USER_SETTING_LEAVES with its value in `settings`, by dotted path. */
export function userSettingValues(settings: Settings): Record<string, unknown> {
  return Object.fromEntries(USER_SETTING_LEAVES.map((l) => [l.path, getAtPath(settings, l.path)]));
}

const LEAF_BY_PATH = new Map(SETTINGS_LEAVES.map((l) => [l.path, l]));

export function findLeaf(path: string): SettingsLeaf | undefined {
  return LEAF_BY_PATH.get(path);
}

export function getAtPath(settings: Settings, path: string): unknown {
  let node: unknown = settings;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function setAtPath(settings: Settings, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = settings as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

function fieldError(leaf: SettingsLeaf, issueMessage: string | undefined): SettingsMessage {
  // Every rule gives a catalogue key; anything else (a zod default message) reads as "invalid value".
  const key = (
    issueMessage && isMessageKey(issueMessage) && issueMessage.startsWith('settings.errors.')
      ? issueMessage
      : 'settings.errors.badChoice'
  ) as SettingsErrorKey;
  const params: Record<string, string | number> = {};
  if (leaf.meta.min !== undefined) params.min = leaf.meta.min;
  if (leaf.meta.max !== undefined) params.max = leaf.meta.max;
  if (leaf.choices) params.choices = leaf.choices.join(', ');
  return Object.keys(params).length > 0 ? { key, params } : { key };
}

export interface PatchOptions {
  /** fields the app keeps itself (the window's position) may be written: true for the shell, never the CLI */
  allowInternal?: boolean;
}

export interface PatchResult {
  next: Settings;
  errors: SettingsErrors;
}

/** The settings after `patch`, and the error of every field that is wrong (nothing is taken when one is). */
export function validatePatch(
  current: Settings,
  patch: Readonly<Record<string, unknown>>,
  opts: PatchOptions = {},
): PatchResult {
  const next = structuredClone(current);
  const errors: SettingsErrors = {};
  for (const [path, raw] of Object.entries(patch)) {
    const leaf = findLeaf(path);
    if (!leaf) {
      errors[path] = { key: 'settings.errors.unknownKey', params: { key: path } };
      continue;
    }
    if (leaf.meta.internal && !opts.allowInternal) {
      errors[path] = { key: 'settings.errors.notEditable', params: { key: path } };
      continue;
    }
    let value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === '' && leaf.nullable) value = null;
    const parsed = leaf.schema.safeParse(value);
    if (!parsed.success) {
      errors[path] = fieldError(leaf, parsed.error.issues[0]?.message);
      continue;
    }
    let data = parsed.data;
    if (path === 'server.url' && typeof data === 'string') {
      const check = checkServerUrl(data);
      if (check.ok) data = check.url;
    }
    setAtPath(next, path, data);
  }
  checkServer(patch, next, errors);
  checkThresholdPairs(patch, next, errors);
  return { next, errors };
}

// Address and e-mail go together: forgetting the address forgets the account (back to the demo).
function checkServer(patch: Readonly<Record<string, unknown>>, next: Settings, errors: SettingsErrors): void {
  const urlChanged = 'server.url' in patch;
  const emailChanged = 'server.email' in patch;
  if (!urlChanged && !emailChanged) return;
  if (errors['server.url'] || errors['server.email']) return;
  if (urlChanged && next.server.url === null && !emailChanged) next.server.email = null;
  const { url, email } = next.server;
  if (url && !email) errors['server.email'] = { key: 'settings.errors.required' };
  else if (email && !url && emailChanged)
    errors['server.url'] = { key: 'settings.errors.emailWithoutServer' };
}

// A pair is checked on the values it will have, and the error goes next to the field(s) this change touches.
function checkThresholdPairs(
  patch: Readonly<Record<string, unknown>>,
  next: Settings,
  errors: SettingsErrors,
): void {
  const t = next.analytics.insightThresholds;
  for (const [low, high] of INSIGHT_THRESHOLD_PAIRS) {
    const lowPath = `analytics.insightThresholds.${low}`;
    const highPath = `analytics.insightThresholds.${high}`;
    if (errors[lowPath] || errors[highPath] || t[low] < t[high]) continue;
    if (lowPath in patch)
      errors[lowPath] = { key: 'settings.errors.mustBeBelow', params: { value: t[high] } };
    if (highPath in patch)
      errors[highPath] = { key: 'settings.errors.mustBeAbove', params: { value: t[low] } };
  }
}
