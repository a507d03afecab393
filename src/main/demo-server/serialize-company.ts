// Company.serialize with its vehicles (docs/dispatch-api.md#company): exact keys, Python floats, raw
// timestamptz isoformat().
import type { ServerContext } from './context';
import { intFrom, pickFrom } from '../demo/prng';
import { pyFloat } from './py-json';
import { pyIsoOffset } from './wall-clock';

interface Place {
  city: string;
  street: string;
  zip: string;
  lat: number;
  lon: number;
  phone: string;
  plate: string;
}

const PLACES: Place[] = [
  {
    city: 'Genève',
    street: 'Rue du Rhône 12',
    zip: '1204',
    lat: 46.2036,
    lon: 6.1466,
    phone: '+41 22 555 12 34',
    plate: 'GE',
  },
  {
    city: 'Lausanne',
    street: 'Avenue de la Gare 8',
    zip: '1003',
    lat: 46.5176,
    lon: 6.6323,
    phone: '+41 21 555 40 10',
    plate: 'VD',
  },
  {
    city: 'Zürich',
    street: 'Bahnhofstrasse 21',
    zip: '8001',
    lat: 47.3721,
    lon: 8.5393,
    phone: '+41 44 555 20 30',
    plate: 'ZH',
  },
  {
    city: 'Fribourg',
    street: 'Route des Arsenaux 9',
    zip: '1700',
    lat: 46.8028,
    lon: 7.1513,
    phone: '+41 26 555 71 00',
    plate: 'FR',
  },
];

const VEHICLE_MODELS = [
  'VW Caddy Maxi',
  'Mercedes Vito',
  'Renault Trafic',
  'Ford Tourneo Custom',
  'Toyota Proace',
];

export function companyPlace(serviceArea: string | null): Place {
  const area = (serviceArea ?? '').toLowerCase();
  return PLACES.find((p) => area.includes(p.city.toLowerCase())) ?? (PLACES[0] as Place);
}

export function companyDomain(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(sa|sarl|ag|gmbh)\b/g, '')
    .replace(/[^a-z0-9]+/g, '');
  return `${slug || 'demo'}.ch`;
}

export function serializeCompany(ctx: ServerContext): Record<string, unknown> {
  const { company, drivers } = ctx.dataset;
  const place = companyPlace(company.serviceArea);
  const domain = companyDomain(company.name);
  const vehicleCount = Math.min(6, Math.max(1, Math.ceil(drivers.length / 3)));
  const vehicles = Array.from({ length: vehicleCount }, (_, i) => serializeVehicle(ctx, place, i));
  return {
    id: company.id,
    name: company.name,
    address: `${place.street}, ${place.zip} ${place.city}`,
    latitude: pyFloat(place.lat),
    longitude: pyFloat(place.lon),
    domicile: { line1: place.street, line2: null, zip: place.zip, city: place.city, country: 'CH' },
    contact_email: `dispatch@${domain}`,
    contact_phone: place.phone,
    iban: 'CH9300762011623852957',
    uid_ide: `CHE-${intFrom(100, 999, 'uid1', company.id)}.${intFrom(100, 999, 'uid2', company.id)}.${intFrom(100, 999, 'uid3', company.id)}`,
    billing_email: `compta@${domain}`,
    billing_notes: null,
    logo_url: `/uploads/logos/company_${company.id}.png`,
    is_approved: true,
    is_partner: false,
    user_id: ctx.account.userId,
    service_area: company.serviceArea,
    max_daily_bookings: 50,
    created_at: pyIsoOffset(ctx.companyCreatedAt, ctx.dbZone),
    dispatch_enabled: true,
    accepted_at: pyIsoOffset(ctx.companyCreatedAt + 86_400_000 + 2_737_519, ctx.dbZone),
    vehicles,
  };
}

function serializeVehicle(ctx: ServerContext, place: Place, index: number): Record<string, unknown> {
  const companyId = ctx.dataset.company.id;
  const created = ctx.companyCreatedAt + (index + 2) * 86_400_000 + 120;
  const insuranceYear = new Date(ctx.companyCreatedAt).getUTCFullYear() + 1;
  return {
    id: companyId * 10 + index + 1,
    company_id: companyId,
    model: pickFrom(VEHICLE_MODELS, 'model', companyId, index),
    license_plate: `${place.plate} ${intFrom(100000, 999999, 'plate', companyId, index)}`,
    year: intFrom(2017, 2024, 'year', companyId, index),
    vin: null,
    seats: pickFrom([5, 7, 8], 'seats', companyId, index),
    wheelchair_accessible: index % 2 === 0,
    insurance_expires_at: pyIsoOffset(Date.UTC(insuranceYear, index % 12, 28), ctx.dbZone),
    inspection_expires_at: null,
    is_active: true,
    created_at: pyIsoOffset(created, ctx.dbZone),
  };
}
