// Driver.serialize (29 keys) with the nested User.serialize (17 keys), docs/dispatch-api.md#company. Inside
// `user`, missing names/phone/address become "Non spécifié"; the top-level names stay raw (nullable).
import type { DriverRecord } from '../domain/records';
import type { ServerContext } from './context';
import { intFrom, pickFrom, unitFrom, uuidFrom } from '../demo/prng';
import { pyFloat } from './py-json';
import { companyDomain, companyPlace } from './serialize-company';
import { pyIsoOffset } from './wall-clock';
import type { BookingDriverWire } from './serialize-booking';

const UNSPECIFIED = 'Non spécifié';
const VEHICLE_MODELS = ['VW Caddy Maxi', 'Mercedes Vito', 'Renault Trafic', 'Toyota Proace', 'Ford Transit'];

export function driverUserId(driver: DriverRecord): number {
  return 1000 + driver.id;
}

export function driverUsername(driver: DriverRecord): string {
  return driver.username ?? `driver${driver.id}`;
}

/** `full_name`: "first last" trimmed, else the username (the dataset's own full name wins when it has one). */
export function driverFullName(driver: DriverRecord): string {
  const joined = [driver.firstName, driver.lastName]
    .filter((p) => p)
    .join(' ')
    .trim();
  return driver.fullName || joined || driverUsername(driver);
}

function driverEmail(ctx: ServerContext, driver: DriverRecord): string {
  return `${driverUsername(driver)}@${companyDomain(ctx.dataset.company.name)}`;
}

export function serializeDriver(ctx: ServerContext, driver: DriverRecord): Record<string, unknown> {
  const seed = ctx.seed;
  const place = companyPlace(ctx.dataset.company.serviceArea);
  const hasPhone = unitFrom('phone?', seed, driver.id) < 0.85;
  const vehicle = pickFrom(VEHICLE_MODELS, 'vehicle', seed, driver.id);
  const positionAge =
    intFrom(1, 25, 'pos', seed, driver.id) * 60_000 + intFrom(0, 59_999, 'posms', seed, driver.id);
  const startYear = new Date(ctx.companyCreatedAt).getUTCFullYear() - intFrom(0, 6, 'start', seed, driver.id);
  const user = {
    id: driverUserId(driver),
    user_id: driverUserId(driver),
    public_id: uuidFrom('driver-user', seed, driver.id),
    username: driverUsername(driver),
    email: driverEmail(ctx, driver),
    first_name: driver.firstName ?? UNSPECIFIED,
    last_name: driver.lastName ?? UNSPECIFIED,
    phone: hasPhone ? `+4179${intFrom(1_000_000, 9_999_999, 'tel', seed, driver.id)}` : UNSPECIFIED,
    address: UNSPECIFIED,
    birth_date: null,
    gender: UNSPECIFIED,
    profile_image: null,
    role: 'DRIVER',
    zip_code: UNSPECIFIED,
    city: UNSPECIFIED,
    created_at: pyIsoOffset(ctx.companyCreatedAt + 2 * 86_400_000 + driver.id * 311_002, ctx.dbZone),
    force_password_change: false,
  };
  return {
    id: driver.id,
    user_id: driverUserId(driver),
    company_id: driver.companyId,
    user,
    username: driverUsername(driver),
    first_name: driver.firstName,
    last_name: driver.lastName,
    full_name: driverFullName(driver),
    email: driverEmail(ctx, driver),
    is_active: driver.isActive,
    is_available: driver.isAvailable,
    driver_type: driver.driverType ?? 'REGULAR',
    vehicle_assigned: vehicle,
    brand: vehicle.split(' ')[0],
    latitude: pyFloat(Math.round((place.lat + (unitFrom('lat', seed, driver.id) - 0.5) * 0.06) * 1e4) / 1e4),
    longitude: pyFloat(Math.round((place.lon + (unitFrom('lon', seed, driver.id) - 0.5) * 0.08) * 1e4) / 1e4),
    last_position_update: pyIsoOffset(ctx.now() - positionAge, ctx.dbZone),
    driver_photo: null,
    photo: null,
    push_token:
      unitFrom('push', seed, driver.id) < 0.7
        ? `ExponentPushToken[${uuidFrom('push', seed, driver.id).slice(0, 22)}]`
        : null,
    contract_type: pickFrom(['CDI', 'CDI', 'CDD', 'Auxiliaire'], 'contract', seed, driver.id),
    weekly_hours: pickFrom([42, 42, 35, 24], 'hours', seed, driver.id),
    hourly_rate_cents: intFrom(28, 36, 'rate', seed, driver.id) * 100,
    employment_start_date: `${startYear}-${String(intFrom(1, 12, 'sm', seed, driver.id)).padStart(2, '0')}-01`,
    employment_end_date: null,
    license_categories: unitFrom('lic', seed, driver.id) < 0.5 ? ['B', 'D1'] : ['B'],
    license_valid_until: `${startYear + 15}-05-01`,
    trainings: [],
    medical_valid_until: null,
  };
}

/** The `driver` object inside Booking.serialize. */
export function bookingDriver(driver: DriverRecord): BookingDriverWire {
  return {
    id: driver.id,
    username: driverUsername(driver),
    first_name: driver.firstName,
    last_name: driver.lastName,
    full_name: driverFullName(driver),
  };
}
