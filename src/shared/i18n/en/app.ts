// English texts, domain "app": typed against fr/app.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { app as fr } from '../fr/app';

export const app: Translation<typeof fr> = {
  title: 'Dispatch Analytics',
  nav: 'Main navigation',
  views: {
    dashboard: 'Dashboard',
    trips: 'Trips',
    drivers: 'Drivers',
    facilities: 'Facilities',
    reports: 'Reports',
    settings: 'Settings',
    today: 'Today',
  },
  demoData: 'Demo data',
  demoConnect: 'connect your server in Settings',
};
