// The company's time zone, chosen among the IANA zones this runtime knows (Intl.supportedValuesOf): an input with
// a datalist, so typing "zur" finds Europe/Zurich. A name not in the list is still sent; the app refuses it next
// to the field.
import { useId, useMemo, type ReactNode } from 'react';

/** Every zone the runtime knows, plus UTC (which some runtimes list only as Etc/UTC) and the saved one. */
export function knownTimeZones(saved: string): string[] {
  const zones = new Set(
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [],
  );
  zones.add('UTC');
  if (saved) zones.add(saved);
  return [...zones].sort();
}

interface Props {
  inputProps: Record<string, unknown>;
  value: string;
  saved: string;
  placeholder: string;
  onChange: (zone: string) => void;
}

export function TimeZoneInput({ inputProps, value, saved, placeholder, onChange }: Props): ReactNode {
  const listId = `${useId()}-zones`;
  const zones = useMemo(() => knownTimeZones(saved), [saved]);
  return (
    <>
      <input
        {...inputProps}
        list={listId}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId} data-testid="timezone-options">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}
