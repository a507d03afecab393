// English texts, domain "errors": typed against fr/errors.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { errors as fr } from '../fr/errors';

export const errors: Translation<typeof fr> = {
  noToken: 'This page has no access (or lost it): open the link printed by `dispatch-analytics serve` again.',
  validation: 'Some values are invalid: fix them and try again.',
  not_found: 'Not found: refresh the page.',
  external: 'The dispatch server does not answer: check its address and the connection, then retry.',
  internal: 'Internal error: retry; if it persists, restart the application.',
  network: 'Cannot reach the local service: restart the application.',
  noAnswer: 'The app does not answer: restart it.',
  serveUnreachable:
    'The app does not answer: check that `dispatch-analytics serve` is still running, then retry.',
  stale: 'The figures below are still those of {{from}} – {{to}}, loaded before the error.',
  badResponse: 'The app answered HTTP {{status}} without a result: see its console.',
};
