// The desktop shell: tray behaviour, when a failing sync becomes a notice, and the window's last position (kept by the app, not typed by the user).
import { z } from 'zod';
import { booleanField, intField, type FieldMeta } from '../field-rules';

const windowBoundsSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().positive(),
  height: z.number().positive(),
  maximized: z.boolean().optional(),
});

export type WindowBounds = z.output<typeof windowBoundsSchema>;

export const shellSettingsSchema = z.object({
  // Off by default on Linux: several desktops (GNOME) show no tray icon, and the app would keep running unseen.
  keepRunningInTray: booleanField(() => process.platform !== 'linux'),
  // How long the sync may keep failing before the desktop says so (an OS notification): a server down for a
  // few minutes is not worth a notice, an afternoon without data is. At most one such notice an hour.
  syncFailingNoticeMinutes: intField(5, 24 * 60, 30),
  windowBounds: windowBoundsSchema
    .nullable()
    .default(null)
    .meta({ internal: true } satisfies FieldMeta),
});

export type ShellSettings = z.output<typeof shellSettingsSchema>;
