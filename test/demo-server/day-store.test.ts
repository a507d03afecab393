import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../src/shared/time';
import { createDemoDataset } from '../../src/main/demo/demo-generator';
import { DayStore } from '../../src/main/demo-server/day-store';

// runs(now) and runDetail(now, id) answer from a per-day index instead of the whole view: they must give what
// the whole view gives, overrides and live days included.
const TZ = 'Europe/Zurich';
const NOW = Date.parse('2026-10-25T08:30:00Z'); // 09:30 on the autumn DST day, which is "today"
const TODAY = todayIn(TZ, NOW);

function storeWithOverrides() {
  const dataset = createDemoDataset({
    seed: 5,
    days: 12,
    bookingsPerDay: 25,
    endDay: addDays(TODAY, -1),
    timeZone: TZ,
  });
  const store = new DayStore(dataset, TZ, 5);
  const [d0, d1, , d3] = dataset.days;
  // A booking copied far away (a stale copy stays on day 0, whose run lists it): the view's copy is day 3's.
  const b0 = dataset.dayBatch(d0!);
  const b3 = dataset.dayBatch(d3!);
  const moved = b0.bookings[0]!;
  store.setDay(d0!, { ...b0 });
  store.setDay(d3!, {
    ...b3,
    bookings: [...b3.bookings, { ...moved, scheduledLocal: `${d3}T09:00:00`, status: 'canceled' }],
  });
  // The same run id on two days: the first day's copy is the run, the assignments of both are listed.
  const b1 = dataset.dayBatch(d1!);
  const b2 = dataset.dayBatch(dataset.days[2]!);
  store.setDay(dataset.days[2]!, {
    ...b2,
    run: b1.run && { ...b1.run, day: dataset.days[2]! },
    assignments: b2.assignments.map((a) => ({ ...a, dispatchRunId: b1.run?.id ?? null })),
  });
  return { dataset, store };
}

describe('DayStore run answers equal the whole view', () => {
  it.each([
    ['this morning', NOW],
    ['this evening (tomorrow’s run made)', NOW + 10 * 3_600_000],
    ['the next day', NOW + 26 * 3_600_000],
  ])('%s', (_label, now) => {
    const { dataset, store } = storeWithOverrides();
    const view = store.view(now);
    expect(store.runs(now)).toEqual(view.runs);
    const ids = new Set(view.runs.map((r) => r.id));
    expect(ids.size).toBeGreaterThan(10);
    for (const id of [...ids, 999_999]) {
      const run = view.runs.find((r) => r.id === id && r.companyId === dataset.company.id);
      const detail = store.runDetail(now, id, dataset.company.id);
      if (!run) {
        expect(detail).toBeNull();
        continue;
      }
      expect(detail?.run).toEqual(run);
      const assignments = view.assignmentsByRun.get(id) ?? [];
      expect(detail?.assignments).toEqual(assignments);
      for (const a of assignments)
        expect(detail?.bookingsById.get(a.bookingId)).toEqual(view.bookingsById.get(a.bookingId));
    }
  });

  it('says which run answers are settled: past generated days only', () => {
    const { dataset, store } = storeWithOverrides();
    const settledDays = dataset.days.filter((d) => store.isSettled(d, TODAY));
    expect(settledDays).toEqual(dataset.days.filter((d, i) => ![0, 2, 3].includes(i)));
    const lastRun = dataset.dayBatch(dataset.days.at(-1)!).run!;
    const fourthRun = dataset.dayBatch(dataset.days[4]!).run!;
    const firstRun = dataset.dayBatch(dataset.days[0]!).run!;
    expect(store.runDetail(NOW, fourthRun.id, dataset.company.id)?.settled).toBe(true);
    expect(store.runDetail(NOW, firstRun.id, dataset.company.id)?.settled).toBe(false); // an override
    // Yesterday's run is settled even though today is live: its bookings all sit in yesterday.
    expect(store.runDetail(NOW, lastRun.id, dataset.company.id)?.settled).toBe(true);
    expect(store.isLive(TODAY, TODAY)).toBe(true);
    expect(store.isSettled(TODAY, TODAY)).toBe(false);
  });
});
