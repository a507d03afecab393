// The desktop shell: tray behaviour and the window's last position (kept by the app, not typed by the user).
import { z } from 'zod';
import { booleanField, type FieldMeta } from '../field-rules';

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
  windowBounds: windowBoundsSchema
    .nullable()
    .default(null)
    .meta({ internal: true } satisfies FieldMeta),
});

export type ShellSettings = z.output<typeof shellSettingsSchema>;
