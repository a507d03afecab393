// A settings field addressed by its dotted key ('sync.windowDays', 'exports.csvDelimiter'…), read from the
// settings' `values` and sent back under `values`: a new setting needs its schema field, a label in the catalogue
// and one <SettingValueField> — no change to the contract or to the form's draft.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/analytics-types';
import type { SettingsView } from '../../../shared/contract/sync-settings-schemas';
import { decimalInputText, parseDecimalInput } from '../format/decimal-input';
import { SettingsField } from './SettingsField';

export type ValueKind = 'number' | 'text' | 'boolean';

function toText(lang: Lang, v: unknown): string {
  if (typeof v === 'number') return decimalInputText(lang, v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  // A tab (exports.csvDelimiter) travels as `tab`: values are trimmed before they are checked.
  if (v === '\t') return 'tab';
  return v === null || v === undefined ? '' : String(v);
}

export interface ValuesDraft {
  text(path: string): string;
  set(path: string, text: string): void;
  /** the changed values, parsed by kind, and the paths whose text is not a number */
  changes(kinds: Record<string, ValueKind>): { values: Record<string, unknown>; notNumbers: string[] };
  /** after a save: the saved settings are the new starting point */
  reset(): void;
}

export function useValuesDraft(settings: SettingsView, onEdit: () => void): ValuesDraft {
  const initial = (path: string) => toText(settings.language, settings.values[path]);
  const [edited, setEdited] = useState<Record<string, string>>({});
  return {
    text: (path) => edited[path] ?? initial(path),
    set: (path, text) => {
      setEdited((e) => ({ ...e, [path]: text }));
      onEdit();
    },
    changes(kinds) {
      const values: Record<string, unknown> = {};
      const notNumbers: string[] = [];
      for (const [path, text] of Object.entries(edited)) {
        if (text === initial(path)) continue;
        const kind = kinds[path] ?? 'text';
        if (kind === 'number') {
          const n = parseDecimalInput(text);
          if (n === null) notNumbers.push(path);
          else values[path] = n;
        } else values[path] = kind === 'boolean' ? text === 'true' : text;
      }
      return { values, notNumbers };
    },
    reset: () => setEdited({}),
  };
}

interface Props {
  path: string;
  label: string;
  kind: ValueKind;
  draft: ValuesDraft;
  error?: string;
  hint?: string;
  /** a choice among these values (text kind), shown as a list */
  choices?: readonly { value: string; label: string }[];
}

export function SettingValueField({ path, label, kind, draft, error, hint, choices }: Props): ReactNode {
  const { t } = useTranslation();
  return (
    <SettingsField name={path} label={label} error={error} {...(hint ? { hint } : {})}>
      {(p) =>
        choices ? (
          <select {...p} value={draft.text(path)} onChange={(e) => draft.set(path, e.target.value)}>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ) : kind === 'boolean' ? (
          <select {...p} value={draft.text(path)} onChange={(e) => draft.set(path, e.target.value)}>
            <option value="true">{t('settings.yes')}</option>
            <option value="false">{t('settings.no')}</option>
          </select>
        ) : (
          <input
            {...p}
            type="text"
            inputMode={kind === 'number' ? 'decimal' : 'text'}
            value={draft.text(path)}
            onChange={(e) => draft.set(path, e.target.value)}
          />
        )
      }
    </SettingsField>
  );
}
