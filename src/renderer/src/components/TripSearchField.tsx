// The trips search box: a booking number or part of a patient's name. Asks once the typing pauses, not per key,
// and only for text the list call accepts (trimmed, at most MAX_TRIP_SEARCH characters). The search runs on the
// local store: nothing leaves the machine.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TRIP_SEARCH } from '../../../shared/contract/analytics-schemas';

const PAUSE_MS = 300;

interface Props {
  value: string | undefined;
  onChange: (search: string | undefined) => void;
}

export function TripSearchField({ value, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const sent = useRef(value);
  // A reset from outside (the "clear filters" button) empties the box.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value ?? '');
    }
  }, [value]);
  useEffect(() => {
    const wanted = text.trim() || undefined;
    if (wanted === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = wanted;
      onChange(wanted);
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);

  return (
    <label>
      {t('trips.search')}
      <input
        type="search"
        value={text}
        maxLength={MAX_TRIP_SEARCH}
        placeholder={t('trips.searchHint')}
        onChange={(e) => setText(e.target.value)}
        data-testid="trips-search"
      />
    </label>
  );
}
