// The seed-level part of the demo: the company, its drivers and its regular patients. Everything per day is
// drawn from these, so a patient keeps one name and home address across the whole dataset.
import type { CompanyRecord, DriverRecord } from '../domain/records';
import { createRng, mixSeed } from './prng';
import { type City, FIRST_NAMES, LAST_NAMES, STREETS } from './demo-places';

export interface DemoDriver extends DriverRecord {
  /** works on Saturdays and Sundays */
  weekendShifts: boolean;
  /** probability of working a given weekday */
  presence: number;
}

export interface DemoPatient {
  name: string;
  home: string;
  city: City;
}

export interface DemoWorld {
  company: CompanyRecord;
  drivers: DemoDriver[];
  patients: DemoPatient[];
}

/** The demo company's name: how a store filled by `demo seed` is recognised as demo data (see api/data-origin). */
export const DEMO_COMPANY_NAME = 'Léman Transports Santé SA';

const DRIVER_COUNT = 32;
const INACTIVE_DRIVERS = 3;
const PATIENT_COUNT = 800;

export function createDemoWorld(seed: number, companyId: number): DemoWorld {
  const rng = createRng(mixSeed(seed, 0x5eed));
  const company: CompanyRecord = {
    id: companyId,
    name: DEMO_COMPANY_NAME,
    serviceArea: 'Genève – Lausanne',
  };

  const usedNames = new Set<string>();
  const uniqueName = (): [string, string] => {
    for (;;) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      if (!usedNames.has(`${first} ${last}`)) {
        usedNames.add(`${first} ${last}`);
        return [first, last];
      }
    }
  };

  const drivers: DemoDriver[] = [];
  for (let i = 0; i < DRIVER_COUNT; i++) {
    const [first, last] = uniqueName();
    // The last few have left the company: listed by the server but inactive, never assigned.
    const isActive = i < DRIVER_COUNT - INACTIVE_DRIVERS;
    const partTime = rng.chance(0.25);
    drivers.push({
      id: companyId * 1000 + 100 + i,
      companyId,
      fullName: `${first} ${last}`,
      firstName: first,
      lastName: last,
      username: `${first}.${last}`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z.]/g, ''),
      isActive,
      isAvailable: isActive,
      driverType: i % 9 === 8 ? 'EMERGENCY' : 'REGULAR',
      weekendShifts: rng.chance(0.4),
      presence: partTime ? 0.5 : 0.9,
    });
  }

  const patients: DemoPatient[] = [];
  for (let i = 0; i < PATIENT_COUNT; i++) {
    const city: City = rng.chance(0.58) ? 'geneve' : 'lausanne';
    const [first, last] = [rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)];
    patients.push({
      name: `${first} ${last}`,
      home: rng.pick(STREETS[city]).replace('{n}', String(rng.int(1, 120))),
      city,
    });
  }
  return { company, drivers, patients };
}
