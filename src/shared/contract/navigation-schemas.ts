// The app's screens as the contract names them, and the 'app:navigate' event the desktop shell sends when a
// notification is clicked (a failed delivery → the Reports screen, a failing sync → the dashboard). The page
// parses the payload before it switches: an event is input like any other.
import { z } from 'zod';

export const APP_SCREENS = [
  'dashboard',
  'trips',
  'drivers',
  'facilities',
  'reports',
  'settings',
  'today',
] as const;
export type AppScreen = (typeof APP_SCREENS)[number];

export const appNavigateSchema = z.object({ screen: z.enum(APP_SCREENS) });
export type AppNavigate = z.infer<typeof appNavigateSchema>;
