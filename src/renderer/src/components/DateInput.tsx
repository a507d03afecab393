// A day typed in the app's format (08.11.2026 in French), not the browser's date picker: <input type="date">
// shows the operating system's format whatever the app's language (11/08/2026 in an en-US browser). The text is
// the user's while they type; the value goes out only as a valid YYYY-MM-DD day, or null while it is not one.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputPattern, formatDateInput, parseDateInput } from '../../../shared/format';
import { useAppEnv } from '../state/app-context';

interface Props {
  /** the day shown ('' = none) */
  value: string;
  onChange: (day: string | null) => void;
  testId?: string;
}

export function DateInput({ value, onChange, testId }: Props): ReactNode {
  const { t } = useTranslation();
  const { lang } = useAppEnv();
  const hintId = useId();
  const shown = value ? formatDateInput(lang, value) : '';
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState({ value, lang });
  // A value set from outside (a preset, the other language) replaces the text, unless it is what was typed.
  if (seen.value !== value || seen.lang !== lang) {
    setSeen({ value, lang });
    // ('' is what an unreadable text sends out: the text stays, with its hint)
    if ((parseDateInput(text) ?? '') !== value || seen.lang !== lang) setText(shown);
  }
  const bad = text.trim() !== '' && parseDateInput(text) === null;
  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={10}
        value={text}
        placeholder={dateInputPattern(lang)}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? hintId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseDateInput(e.target.value));
        }}
        onBlur={() => {
          const day = parseDateInput(text);
          if (day) setText(formatDateInput(lang, day));
        }}
        data-testid={testId}
        // The day the field stands for, as the API takes it (the text shows the app's format, e.g. 08.11.2026).
        data-iso-date={value || undefined}
      />
      {bad && (
        <span id={hintId} className="error" role="alert">
          {t('period.badDate', { pattern: dateInputPattern(lang) })}
        </span>
      )}
    </>
  );
}
