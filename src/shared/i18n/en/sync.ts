// English texts, domain "sync": typed against fr/sync.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { sync as fr } from '../fr/sync';

export const sync: Translation<typeof fr> = {
  region: 'Sync status',
  dataThrough: 'Data through {{day}}',
  noData: 'No data synced',
  lastSync: 'Last sync: {{when}}',
  never: 'Never synced',
  running: 'Syncing… {{done}}/{{total}} days',
  runningShort: 'Syncing…',
  retrying: 'Retrying… ({{attempt}})',
  syncNow: 'Sync now',
  retry: 'Retry',
  failed: 'Sync failed: {{message}}',
  openSettings: 'Open the settings',
  done: 'Sync finished.',
  errors: {
    blockedPort:
      'Port {{port}} ({{server}}) is blocked by the app’s runtime: Node, like browsers, refuses this port reserved for other services, and retrying will not change that. Make the dispatch server reachable on another port, the usual {{usual}} or e.g. {{other}}, then save that address.',
    switchBackupFailed:
      "The backup before the change of server failed ({{detail}}): nothing was cleared. Free some space or check the data folder's permissions, then sync again.",
    offlineTimeout:
      'The server {{server}} does not answer ({{detail}}). Check the network connection and the server address; the data already synced stays available.',
    offlineUnreachable:
      'The server {{server}} cannot be reached ({{detail}}). Check the network connection and the server address; the data already synced stays available.',
    forbidden: 'The server denies access ({{where}}, {{detail}}). Use a company account (role COMPANY).',
    rateLimited: 'The server is rate limiting requests ({{where}}, {{detail}}). Try again later.',
    server:
      'The server answered with an error ({{where}}, {{detail}}). Try again later; if it persists, contact its administrator.',
    credentials:
      'The server rejects the e-mail "{{email}}" or the password. Check them in the server settings (not retried automatically, so the account is not locked out).',
    loginRateLimited: 'The server allows 5 logins a minute and that limit is reached. Try again in a minute.',
    listChanging:
      'The bookings of {{day}} kept changing while being read ({{tries}} tries). Run the sync again a little later.',
    payload:
      "The server sent data that cannot be read; nothing was written for that day. Report it to the server's administrator ({{detail}}).",
    badRange: 'Invalid sync period ({{detail}}): give two YYYY-MM-DD dates, the first one before the second.',
    noServer:
      'No dispatch server is configured. Enter its address, e-mail and password in the settings (or `dispatch-analytics sync --server URL --email E`).',
    noPassword: 'No password saved for {{origin}}: enter it in the settings.',
    switchNotHere:
      'The server {{server}} holds another company than this data folder: open the app (or run `dispatch-analytics sync --replace`) to switch; the reports use the data already synced.',
    reportSyncTimeout:
      'The sync before the reports took too long and was stopped; the days already received are saved and the reports say how far the data goes.',
    cancelled: 'Sync cancelled; the days already received are saved and the next sync will carry on.',
    alreadyRunning: 'A sync is already running; wait for it to finish.',
    redirectToHttps:
      'The server {{from}} redirects to {{to}} (HTTP {{status}}): use {{to}} as the server address in the settings (or --server). The redirect is not followed, so the password is never sent in clear.',
    redirect:
      'The server {{from}} answers with a redirect (HTTP {{status}}) to {{to}}. It is not followed, so the password is not sent elsewhere: check the server address in the settings (or --server).',
    redirectUnreadable:
      'The server {{from}} answers with a redirect (HTTP {{status}}) to an unreadable address. It is not followed, so the password is not sent elsewhere: check the server address in the settings (or --server).',
    bodyTooLarge:
      "The server sent a response larger than {{megabytes}} MB (the limit per response) for {{where}}; reading was stopped and nothing was written for that request. Report it to the server's administrator.",
    bodyTooLargeBytes:
      "The server sent a response larger than {{bytes, number}} bytes (the limit per response) for {{where}}; reading was stopped and nothing was written for that request. Report it to the server's administrator.",
    tooManyPages:
      "The server announces {{totalPages, number}} pages of bookings for {{day}}, beyond the limit of {{maxPages, number}} pages a day; the sync stops without reading them. Report it to the server's administrator.",
    tooManyRequests:
      "The sync reached the limit of {{maxRequests, number}} requests to the server and stops; the days already received are saved. Sync a shorter period (--from/--to), and if it happens again, report it to the server's administrator.",
    interrupted: 'Sync interrupted (process stopped); the next sync picked up the missing days.',
  },
};
