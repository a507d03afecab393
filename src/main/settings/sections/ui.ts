// The window's language and theme (the CLI has its own --lang).
import { z } from 'zod';
import { choiceField } from '../field-rules';

export const uiSettingsSchema = z.object({
  language: choiceField(['fr', 'en'], 'fr'),
  theme: choiceField(['light', 'dark', 'system'], 'system'),
});

export type UiSettings = z.output<typeof uiSettingsSchema>;
