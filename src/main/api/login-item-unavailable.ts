// Open at login belongs to the desktop shell (src/main/electron/login-item-control.ts answers these channels
// there). Anywhere else — `serve` in a browser — both channels say so in one sentence, with a code the page reads
// to hide the choice.
import type { ApiResult } from '../../shared/contract/channels';
import { LOGIN_ITEM_UNAVAILABLE, type LoginItem } from '../../shared/contract/shell-schemas';
import type { Lang } from '../../shared/analytics-types';
import { translate } from '../../shared/i18n';

export function loginItemUnavailable(lang: Lang): ApiResult<LoginItem> {
  return {
    ok: false,
    error: {
      kind: 'not_found',
      code: LOGIN_ITEM_UNAVAILABLE,
      message: translate(lang, 'api.loginItemUnavailable'),
    },
  };
}
