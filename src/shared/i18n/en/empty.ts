// English texts, domain "empty": typed against fr/empty.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { empty as fr } from '../fr/empty';

export const empty: Translation<typeof fr> = {
  title: 'No data yet',
  body: 'Sync with the dispatch server to fill the dashboard.',
  configure: 'Set up the server',
};
