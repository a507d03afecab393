// The page follows the shell's 'app:navigate' event (a clicked desktop notification names the screen it is
// about). The payload is parsed first: a screen the page does not know is ignored, never shown as a blank view.
import type { DispatchApi } from '../../../shared/contract/dispatch-api';
import { appNavigateSchema, type AppScreen } from '../../../shared/contract/navigation-schemas';

/** Calls `go` with each valid requested screen; returns the function that stops listening. */
export function followNavigateEvents(
  api: Pick<DispatchApi, 'on'>,
  go: (screen: AppScreen) => void,
): () => void {
  return api.on('app:navigate', (payload) => {
    const parsed = appNavigateSchema.safeParse(payload);
    if (parsed.success) go(parsed.data.screen);
  });
}
