// The desktop shell's part of the API: open at login (the office computer that sends the reports starts the app
// with the session, hidden in the tray). Only the Electron shell answers it; `serve` answers "not available in
// the browser" (code LOGIN_ITEM_UNAVAILABLE) and the page then hides the choice.
import { z } from 'zod';

export const LOGIN_ITEM_UNAVAILABLE = 'not_available';

export const loginItemSchema = z.object({ openAtLogin: z.boolean() });
export type LoginItem = z.infer<typeof loginItemSchema>;
export const setLoginItemInputSchema = z.object({ openAtLogin: z.boolean() });
