import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src/main/demo-server/demo-server';
import { booking, fixtureBatch, fixtureDataset, MORNING_OF_14 } from './fixture-dataset';
import { get, login } from './http';

const BOOKING_KEYS = [
  'id',
  'customer_name',
  'client_name',
  'pickup_location',
  'dropoff_location',
  'amount',
  'scheduled_time',
  'date_formatted',
  'time_formatted',
  'status',
  'client',
  'company',
  'driver',
  'driver_id',
  'duration_seconds',
  'distance_meters',
  'medical_facility',
  'doctor_name',
  'hospital_service',
  'notes_medical',
  'wheelchair_client_has',
  'wheelchair_need',
  'created_at',
  'updated_at',
  'rejected_by',
  'is_round_trip',
  'is_return',
  'parent_booking_id',
  'time_confirmed',
  'has_return',
  'boarded_at',
  'completed_at',
  'duree_minutes',
  'duration_in_minutes',
  'billing',
  'patient_name',
];
const DRIVER_KEYS = [
  'id',
  'user_id',
  'company_id',
  'user',
  'username',
  'first_name',
  'last_name',
  'full_name',
  'email',
  'is_active',
  'is_available',
  'driver_type',
  'vehicle_assigned',
  'brand',
  'latitude',
  'longitude',
  'last_position_update',
  'driver_photo',
  'photo',
  'push_token',
  'contract_type',
  'weekly_hours',
  'hourly_rate_cents',
  'employment_start_date',
  'employment_end_date',
  'license_categories',
  'license_valid_until',
  'trainings',
  'medical_valid_until',
];
const USER_KEYS = [
  'id',
  'user_id',
  'public_id',
  'username',
  'email',
  'first_name',
  'last_name',
  'phone',
  'address',
  'birth_date',
  'gender',
  'profile_image',
  'role',
  'zip_code',
  'city',
  'created_at',
  'force_password_change',
];

let server: DemoServer;
let token: string;
beforeAll(async () => {
  server = await startDemoServer({
    dataset: fixtureDataset(['2025-03-12', '2025-03-13']),
    now: () => MORNING_OF_14,
  });
  token = await login(server);
});
afterAll(() => server.close());

describe('GET /api/v1/companies/me', () => {
  it('sends Company.serialize with its exact keys, vehicles and raw UTC isoformat() stamps', async () => {
    const res = await get(server, '/api/v1/companies/me', token);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual([
      'id',
      'name',
      'address',
      'latitude',
      'longitude',
      'domicile',
      'contact_email',
      'contact_phone',
      'iban',
      'uid_ide',
      'billing_email',
      'billing_notes',
      'logo_url',
      'is_approved',
      'is_partner',
      'user_id',
      'service_area',
      'max_daily_bookings',
      'created_at',
      'dispatch_enabled',
      'accepted_at',
      'vehicles',
    ]);
    expect(res.json).toMatchObject({ id: 3, name: 'Taxi Léman SA', service_area: 'Genève' });
    expect(res.text).toContain('"name": "Taxi L\\u00e9man SA"');
    expect(res.json.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$/);
    expect(Object.keys(res.json.vehicles[0])).toEqual([
      'id',
      'company_id',
      'model',
      'license_plate',
      'year',
      'vin',
      'seats',
      'wheelchair_accessible',
      'insurance_expires_at',
      'inspection_expires_at',
      'is_active',
      'created_at',
    ]);
  });
});

describe('GET /api/v1/companies/me/drivers', () => {
  it('wraps Driver.serialize (29 keys, User.serialize 17 keys) with "Non spécifié" placeholders inside user', async () => {
    const res = await get(server, '/api/v1/companies/me/drivers', token);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['drivers', 'total']);
    expect(res.json.total).toBe(3);
    for (const d of res.json.drivers) {
      expect(Object.keys(d)).toEqual(DRIVER_KEYS);
      expect(Object.keys(d.user)).toEqual(USER_KEYS);
    }
    const nameless = res.json.drivers.find((d: { id: number }) => d.id === 9);
    expect(nameless).toMatchObject({
      first_name: null,
      last_name: null,
      full_name: 'driver9',
      driver_type: 'REGULAR',
      is_active: false,
    });
    expect(nameless.user).toMatchObject({
      first_name: 'Non spécifié',
      last_name: 'Non spécifié',
      address: 'Non spécifié',
      role: 'DRIVER',
    });
    expect(res.json.drivers.find((d: { id: number }) => d.id === 8).driver_type).toBe('EMERGENCY');
  });

  it('has no stable order', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const res = await get(server, '/api/v1/companies/me/drivers', token);
      orders.add(res.json.drivers.map((d: { id: number }) => d.id).join(','));
    }
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('GET /api/v1/companies/me/reservations', () => {
  it('sends Booking.serialize (36 keys) with the documented formats', async () => {
    const res = await get(server, '/api/v1/companies/me/reservations?date=2025-03-13', token);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['reservations', 'total', 'page', 'per_page', 'total_pages']);
    expect(res.json).toMatchObject({ total: 4, page: 1, per_page: 100, total_pages: 1 });
    for (const r of res.json.reservations) expect(Object.keys(r)).toEqual(BOOKING_KEYS);
    const first = res.json.reservations.find((r: { id: number }) => r.id === 1201);
    expect(first).toMatchObject({
      scheduled_time: '2025-03-13T08:30:00',
      date_formatted: '2025-03-13',
      time_formatted: '08:30',
      status: 'completed',
      boarded_at: '2025-03-13T07:33:00Z',
      completed_at: '2025-03-13T07:47:00Z',
      duree_minutes: 14,
      duration_in_minutes: 14,
      company: 'Taxi Léman SA',
      driver: {
        id: 7,
        username: 'marc.rossi',
        first_name: 'Marc',
        last_name: 'Rossi',
        full_name: 'Marc Rossi',
      },
      client: { first_name: 'Marie', last_name: 'Favre', full_name: 'Marie Favre' },
      patient_name: 'Marie Favre',
      medical_facility: 'HUG',
    });
    expect(first.created_at).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(first.updated_at).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(['patient', 'clinic', 'insurance']).toContain(first.billing.billed_to_type);
    // amount is a Python float: 40 is written 40.0
    expect(res.text).toContain('"amount": 40.0,');
    const cancelled = res.json.reservations.find((r: { id: number }) => r.id === 1204);
    expect(cancelled).toMatchObject({ status: 'canceled', driver: null, driver_id: null, boarded_at: null });
  });

  it('has_return is true on the return leg (the server bug), false on the outbound one', async () => {
    const res = await get(server, '/api/v1/companies/me/reservations?date=2025-03-13', token);
    const byId = new Map(res.json.reservations.map((r: { id: number }) => [r.id, r]));
    expect(byId.get(1202)).toMatchObject({ is_round_trip: true, is_return: false, has_return: false });
    expect(byId.get(1203)).toMatchObject({ is_return: true, parent_booking_id: 1202, has_return: true });
  });

  it('sorts scheduled_time DESC with NULLs first, filters status case-insensitively', async () => {
    const res = await get(server, '/api/v1/companies/me/reservations?date=2025-03-13', token);
    expect(
      res.json.reservations.map((r: { scheduled_time: string }) => r.scheduled_time.slice(11, 16)),
    ).toEqual(['16:00', '12:00', '12:00', '08:30']);
    const cancelled = await get(
      server,
      '/api/v1/companies/me/reservations?date=2025-03-13&status=CANCELED',
      token,
    );
    expect(cancelled.json.reservations.map((r: { id: number }) => r.id)).toEqual([1204]);
    const all = await get(server, '/api/v1/companies/me/reservations?per_page=500', token);
    expect(all.json.reservations[0].scheduled_time.slice(0, 10)).toBe('2025-03-15'); // newest first, tomorrow exists
  });

  it('answers the documented errors for bad date, status, page and per_page', async () => {
    const bad = (q: string) => get(server, `/api/v1/companies/me/reservations?${q}`, token);
    for (const q of ['date=2025-13-01', 'date=abc', 'date=2025-02-30']) {
      const res = await bad(q);
      expect(res.status, q).toBe(400);
      expect(res.json).toEqual({ error: 'Format de date invalide. Utilisez YYYY-MM-DD' });
    }
    expect((await bad('status=done')).json).toEqual({ error: 'Invalid status filter' });
    for (const q of ['page=abc', 'per_page=1.5', 'per_page=0', 'page=0', 'per_page=-1', 'page=']) {
      const res = await bad(q);
      expect(res.status, q).toBe(500);
      expect(res.text).toBe('{"message": "Internal Server Error"}\n');
    }
    expect((await bad('date=2025-3-13')).json.total).toBe(4); // strptime accepts unpadded parts
  });
});

describe('paging', () => {
  it('caps per_page at 500 and pages a 700-booking day with offset paging', async () => {
    const big = await startDemoServer({
      dataset: fixtureDataset(['2025-03-12', '2025-03-13']),
      now: () => MORNING_OF_14,
    });
    try {
      const day = '2025-03-10';
      const batch = fixtureBatch(day, false);
      batch.bookings = Array.from({ length: 700 }, (_, i) =>
        booking(day, 1 + i, {
          id: 100_000 + i,
          scheduledLocal: `${day}T${String(6 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`,
        }),
      );
      batch.bookings.push(booking(day, 999, { id: 200_000, scheduledLocal: null }));
      big.setDay(day, batch);
      const t = await login(big);
      const page1 = await get(big, `/api/v1/companies/me/reservations?date=${day}&per_page=1000`, t);
      expect(page1.json).toMatchObject({ total: 700, per_page: 500, total_pages: 2, page: 1 });
      expect(page1.json.reservations).toHaveLength(500);
      const page2 = await get(big, `/api/v1/companies/me/reservations?date=${day}&per_page=500&page=2`, t);
      expect(page2.json.reservations).toHaveLength(200);
      const ids = new Set(
        [...page1.json.reservations, ...page2.json.reservations].map((r: { id: number }) => r.id),
      );
      expect(ids.size).toBe(700);
      const page3 = await get(big, `/api/v1/companies/me/reservations?date=${day}&per_page=500&page=3`, t);
      expect(page3.json).toMatchObject({ reservations: [], total: 700, page: 3 });
      // The booking without scheduled_time is in no day, and first in the undated listing (NULLs first).
      const undated = await get(big, '/api/v1/companies/me/reservations?per_page=1', t);
      expect(undated.json.reservations[0]).toMatchObject({
        id: 200_000,
        scheduled_time: null,
        date_formatted: 'Non spécifié',
      });
    } finally {
      await big.close();
    }
  });

  it('with unstableTies, rows sharing a scheduled_time change order between page sizes', async () => {
    const tied = await startDemoServer({
      dataset: fixtureDataset(['2025-03-13']),
      now: () => MORNING_OF_14,
      unstableTies: true,
    });
    try {
      const day = '2025-03-10';
      const batch = fixtureBatch(day, false);
      batch.bookings = Array.from({ length: 40 }, (_, i) =>
        booking(day, 1 + i, { scheduledLocal: `${day}T09:00:00` }),
      );
      tied.setDay(day, batch);
      const t = await login(tied);
      const orders = new Set<string>();
      for (const perPage of [40, 41, 42]) {
        const res = await get(tied, `/api/v1/companies/me/reservations?date=${day}&per_page=${perPage}`, t);
        orders.add(res.json.reservations.map((r: { id: number }) => r.id).join(','));
      }
      expect(orders.size).toBeGreaterThan(1);
    } finally {
      await tied.close();
    }
  });
});
