// The Drivers table's order by each sortable column, both ways, with ties kept stable by name.
import { describe, expect, it } from 'vitest';
import type { DriverStatsJson } from '../../../src/shared/analytics-types';
import {
  DEFAULT_DRIVER_SORT,
  nextDriverSort,
  sortDriverStats,
} from '../../../src/renderer/src/state/driver-sort';

function row(
  id: number,
  name: string,
  bookings: number,
  rate: number,
  delay: number,
  cancelled: number,
  service: number | null = null,
): DriverStatsJson {
  return {
    driver_id: id,
    driver_name: name,
    bookings,
    served: bookings - cancelled,
    on_time: 0,
    delayed: 0,
    cancelled,
    on_time_rate: rate,
    avg_delay: delay,
    total_distance_km: 0,
    service_trips: service === null ? 0 : bookings,
    avg_service_minutes: service,
  };
}

const rows = [
  row(1, 'Chloé', 10, 90, 3, 2),
  row(2, 'Alain', 30, 70, 8, 0),
  row(3, 'Bruno', 20, 95, 1.5, 5),
  row(4, 'Anne', 20, 80, 4, 1),
];
const names = (key: Parameters<typeof sortDriverStats>[1]): string[] =>
  sortDriverStats(rows, key).map((r) => r.driver_name);

describe('sortDriverStats', () => {
  it('opens busiest first, a tie in bookings by name', () => {
    expect(names(DEFAULT_DRIVER_SORT)).toEqual(['Alain', 'Anne', 'Bruno', 'Chloé']);
  });

  it('sorts by on-time rate, average delay and cancellations either way', () => {
    expect(names({ key: 'on_time_rate', dir: 'desc' })).toEqual(['Bruno', 'Chloé', 'Anne', 'Alain']);
    expect(names({ key: 'on_time_rate', dir: 'asc' })).toEqual(['Alain', 'Anne', 'Chloé', 'Bruno']);
    expect(names({ key: 'avg_delay', dir: 'asc' })).toEqual(['Bruno', 'Chloé', 'Anne', 'Alain']);
    expect(names({ key: 'cancelled', dir: 'desc' })).toEqual(['Bruno', 'Chloé', 'Anne', 'Alain']);
    expect(names({ key: 'driver_name', dir: 'asc' })).toEqual(['Alain', 'Anne', 'Bruno', 'Chloé']);
  });

  it('sorts by service time either way, drivers without one last both ways', () => {
    const withService = [
      row(1, 'Chloé', 10, 90, 3, 2, 25),
      row(2, 'Alain', 30, 70, 8, 0, null),
      row(3, 'Bruno', 20, 95, 1.5, 5, 41.5),
      row(4, 'Anne', 20, 80, 4, 1, 25),
    ];
    const by = (dir: 'asc' | 'desc') =>
      sortDriverStats(withService, { key: 'avg_service_minutes', dir }).map((r) => r.driver_name);
    expect(by('desc')).toEqual(['Bruno', 'Anne', 'Chloé', 'Alain']);
    expect(by('asc')).toEqual(['Anne', 'Chloé', 'Bruno', 'Alain']);
  });

  it('leaves its input alone', () => {
    sortDriverStats(rows, { key: 'cancelled', dir: 'asc' });
    expect(rows.map((r) => r.driver_id)).toEqual([1, 2, 3, 4]);
  });
});

describe('nextDriverSort', () => {
  it('flips the column shown and starts a new figure high to low, a name A to Z', () => {
    expect(nextDriverSort(DEFAULT_DRIVER_SORT, 'bookings')).toEqual({ key: 'bookings', dir: 'asc' });
    expect(nextDriverSort(DEFAULT_DRIVER_SORT, 'cancelled')).toEqual({ key: 'cancelled', dir: 'desc' });
    expect(nextDriverSort(DEFAULT_DRIVER_SORT, 'driver_name')).toEqual({ key: 'driver_name', dir: 'asc' });
  });
});
