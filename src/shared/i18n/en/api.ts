// English texts, domain "api": typed against fr/api.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { api as fr } from '../fr/api';

export const api: Translation<typeof fr> = {
  loginItemUnavailable: 'Start with the session: available in the desktop app only, not in the browser.',
  invalidInput: 'Invalid {{channel}} request: {{details}}.',
  internal: 'Internal application error: try again; if it persists, restart the application.',
  offline: 'Dispatch server unreachable: check the connection and the server address, then try again.',
  required: 'Required field.',
  badUrl: 'Invalid address: enter a full URL, e.g. https://dispatch.example.com.',
  httpsRequired: 'Use https://: the password must not travel in clear text over the network.',
  badEmail: 'Invalid e-mail address.',
  badZone: 'Unknown time zone: use an IANA name, e.g. Europe/Zurich.',
  range: 'Enter a whole number between {{min}} and {{max}}.',
  numberRange: 'Enter a number between {{min}} and {{max}}.',
  mustBeBelow: 'Must be below the high threshold ({{high}}).',
  mustBeAbove: 'Must be above the low threshold ({{low}}).',
  emailWithoutServer: 'Enter the server address too.',
  missingBuild:
    'The user interface is not built yet: run `npm run build` in the project folder, then start `serve` again.',
  insecureSecrets: 'Password not saved: {{warning}}',
};
