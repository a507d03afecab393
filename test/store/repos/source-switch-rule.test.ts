// The switch rule the app and `sync --server` share (issue 13, findings 5 and 12): only another company clears
// the synced data; another address of the same company keeps it; the demo never mixes with a server.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../helpers/test-db';
import { upsertCompany } from '../../../src/main/store/repos/company-repo';
import {
  dataSourceId,
  plannedSwitch,
  switchDataSource,
} from '../../../src/main/store/repos/data-source-repo';

const A = dataSourceId({ url: 'http://127.0.0.1:5052', email: 'office@example.ch' });
const B = dataSourceId({ url: 'http://localhost:5052', email: 'office@example.ch' });
const LEMAN = { id: 1, name: 'Ambulances Léman' };

let t: TestDb | null = null;
afterEach(() => {
  t?.dispose();
  t = null;
});

function storeOf(source: string | null, company = LEMAN): TestDb {
  t = createTestDb();
  upsertCompany(t.db, { ...company, serviceArea: null }, { now: 1 });
  if (source) switchDataSource(t.db, source, 1);
  return t;
}

describe('plannedSwitch', () => {
  it('same source: none, even when the company was renamed; another id: replace', () => {
    expect(plannedSwitch(storeOf(A).db, A, LEMAN)).toBe('none');
    t!.dispose();
    expect(plannedSwitch(storeOf(A).db, A, { id: 1, name: 'Léman Ambulances SA' })).toBe('none');
    t!.dispose();
    expect(plannedSwitch(storeOf(A).db, A, { id: 2, name: 'Ambulances Léman' })).toBe('replace');
  });

  it('another address of the same company (id and name): keep; same id, other name: replace', () => {
    expect(plannedSwitch(storeOf(A).db, B, { id: 1, name: ' ambulances léman ' })).toBe('keep');
    t!.dispose();
    expect(plannedSwitch(storeOf(A).db, B, { id: 1, name: 'Taxis Genève' })).toBe('replace');
  });

  it('between the demo and a server: always replace', () => {
    expect(plannedSwitch(storeOf('demo').db, A, LEMAN)).toBe('replace');
    t!.dispose();
    expect(plannedSwitch(storeOf(A).db, 'demo', LEMAN)).toBe('replace');
  });

  it('no recorded source: adopt the same company, replace another; an empty store adopts', () => {
    expect(plannedSwitch(storeOf(null).db, A, LEMAN)).toBe('adopt');
    t!.dispose();
    expect(plannedSwitch(storeOf(null).db, A, { id: 9, name: 'Other' })).toBe('replace');
    t!.dispose();
    t = createTestDb();
    expect(plannedSwitch(t.db, A, LEMAN)).toBe('adopt');
  });

  it('switchDataSource keeps the data on keep, clears it on replace', () => {
    const db = storeOf(A).db;
    expect(switchDataSource(db, B, 2, LEMAN)).toBe(false);
    expect(t!.sqlite.prepare('SELECT count(*) AS n FROM companies').get()).toEqual({ n: 1 });
    expect(switchDataSource(db, A, 3, { id: 2, name: 'Other' })).toBe(true);
    expect(t!.sqlite.prepare('SELECT count(*) AS n FROM companies').get()).toEqual({ n: 0 });
  });
});
