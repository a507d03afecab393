// English texts, domain "settings": typed against fr/settings.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { settings as fr } from '../fr/settings';

export const settings: Translation<typeof fr> = {
  title: 'Settings',
  server: 'Dispatch server',
  serverUrl: 'Server address',
  email: 'Email',
  password: 'Password',
  passwordHint: 'Leave empty to keep the saved password. It is never shown.',
  passwordSet: 'A password is saved.',
  passwordForNewServer:
    'New server ({{origin}}): enter its password. The saved password stays bound to the old address.',
  analytics: 'Analytics',
  historyDays: 'History to sync (days)',
  syncFailingNoticeMinutes: 'Notify when the sync has been failing for (minutes)',
  windowDays: 'Days re-read at each sync',
  yes: 'Yes',
  no: 'No',
  threshold: 'On-time threshold (minutes)',
  timeZone: 'Time zone',
  timeZoneSearch: 'Type to search, e.g. Zurich',
  display: 'Display',
  language: 'Language',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', system: 'System' },
  languages: { fr: 'Français', en: 'English' },
  syncInterval: 'Automatic sync (minutes, 0 = off)',
  notANumber: 'Enter a number.',
  secretWarning: 'Warning: {{warning}}',
  errorsIntro: 'Fix the highlighted fields.',
  insightThresholds: 'Insight thresholds',
  thresholds: {
    lowOnTimeRate: 'Low punctuality below (%)',
    excellentOnTimeRate: 'Excellent punctuality from (%)',
    highAvgDelayMinutes: 'High mean delay above (min)',
    trendMinDays: 'Trend: minimum days',
    trendWindowDays: 'Trend: days compared',
    trendChangePercent: 'Trend: change (%)',
    patternDayDelayMinutes: 'Delayed day above (min)',
    patternDayShare: 'Share of delayed days (0–1)',
    excellentQuality: 'Excellent quality from (score)',
    lowQuality: 'Critical quality below (score)',
    weekdayHighDelayMinutes: 'Delayed weekday above (min)',
  },
  /** the exports section (`exports.*`); the mail and reports sections are labelled on the Reports screen */
  csv: {
    title: 'CSV exports',
    delimiter: 'Column separator',
    decimal: 'Decimal mark',
    auto: 'Following the export’s language',
    semicolon: 'Semicolon (;)',
    comma: 'Comma (,)',
    tab: 'Tab',
    point: 'Point (.)',
  },
  cli: {
    description: 'reads or changes the settings',
    getDescription:
      'prints the settings (all, a section such as "sync", or one setting such as "sync.historyDays")',
    setDescription: 'changes settings: KEY=VALUE …, e.g. sync.historyDays=90 (all or nothing)',
    notAnAssignment: '"{{text}}": write KEY=VALUE, e.g. sync.historyDays=90.',
    fieldError: '{{key}}: {{message}}',
    passwordTheCliWay:
      'Give the password this way: DISPATCH_PASSWORD=… dispatch-analytics sync --server URL --email E --save --save-password',
    saveSmtpPassword:
      'saves the SMTP password given in DISPATCH_SMTP_PASSWORD for the mail server and user these settings name',
    noSmtpPasswordVariable:
      '--save-smtp-password reads the password from {{variable}}, which is empty: set it first.',
    smtpPasswordTheCliWay:
      'Give its password this way: DISPATCH_SMTP_PASSWORD=… dispatch-analytics settings set KEY=VALUE … --save-smtp-password (or change the server on the Reports screen, which asks for it).',
    nothingSaved: 'Nothing was saved.',
  },
  /** field errors of the settings schema (src/main/settings), for the screen and `settings set` */
  errors: {
    integerRange: 'Enter a whole number between {{min}} and {{max}}.',
    numberRange: 'Enter a number between {{min}} and {{max}}.',
    required: 'Required field.',
    badUrl: 'Invalid address: enter a full URL, e.g. https://dispatch.example.com.',
    httpsRequired: 'Use https://: the password must not travel in clear text over the network.',
    urlWithCredentials:
      'Remove the user name and password from the address: enter the e-mail and the password in their fields.',
    badEmail: 'Invalid e-mail address.',
    emailWithoutServer: 'Enter the server address too.',
    badZone: 'Unknown time zone: pick an IANA name from the list, e.g. Europe/Zurich.',
    badChoice: 'Invalid value: choose one of {{choices}}.',
    notBoolean: 'Invalid value: enter true or false.',
    mustBeBelow: 'Must be below the high threshold ({{value}}).',
    mustBeAbove: 'Must be above the low threshold ({{value}}).',
    passwordForNewServer:
      'New server ({{origin}}): enter its password. The saved password is never sent to another address.',
    smtpPasswordForNewAccount:
      'New SMTP server or user ({{user}} on {{server}}): enter its password. The saved password stays bound to {{old}} and is never sent to another server.',
    insecureSecrets: 'Password not saved: {{detail}}',
    unknownKey: 'Unknown setting "{{key}}": `dispatch-analytics settings get` lists the settings.',
    secretNotHere:
      'Passwords do not go through `settings set`: use the DISPATCH_PASSWORD variable and `sync --save-password`.',
    notEditable: 'The setting "{{key}}" is kept by the application and cannot be changed here.',
    mailHost: 'Invalid server name (e.g. smtp.example.ch).',
    mailPort: 'Port from 1 to 65535 (465 for tls, 587 for starttls).',
    mailSecurity: 'Choose tls, starttls or none.',
    mailFrom:
      'Invalid sender address: reports@example.ch, or a name and the address (e.g. Dispatch Léman <reports@example.ch>).',
    reportTime: 'Time as HH:MM (e.g. 08:00).',
    recipients: 'Addresses separated by commas, each optionally followed by :fr or :en.',
    weekday: 'Day from 1 (Monday) to 7 (Sunday).',
    catchUpDays: 'Number of days from 0 to 60.',
    csvDelimiter: 'Invalid column separator: choose auto, ; (semicolon), , (comma) or tab.',
    csvDecimal: 'Invalid decimal mark: choose auto, , (comma) or . (point).',
    smtpPasswordNotHere:
      'The SMTP password does not go through `settings set`: enter it on the Reports screen, or give it in the DISPATCH_SMTP_PASSWORD variable (command line and serve).',
    dashboardUrl:
      'Invalid dashboard address: a stable http(s) address that opens without a token (e.g. https://dispatch.example.ch/analytics), or empty.',
  },
};
