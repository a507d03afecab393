// A labelled settings input with its hint and the field error returned by settings:update-settings.
import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  hint?: string;
  error?: string;
  name: string;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
    'data-testid': string;
  }) => ReactNode;
}

export function SettingsField({ label, hint, error, name, children }: Props): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        'data-testid': `setting-${name}`,
      })}
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={errorId} role="alert" data-testid={`error-${name}`}>
          {error}
        </span>
      )}
    </div>
  );
}
