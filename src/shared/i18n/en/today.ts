// English texts, domain "today": typed against fr/today.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { today as fr } from '../fr/today';

export const today: Translation<typeof fr> = {
  title: 'Today',
  asOf: 'as of {{time}}',
  due: 'Due',
  onTime: 'Done on time',
  late: 'Late',
  cancelled: 'Cancelled',
  waiting: 'Waiting',
  onTimeRate: '{{rate}} on time',
  noData: 'No data for today yet',
  loadFailed: 'Today’s figures could not be read: {{message}}',
};
