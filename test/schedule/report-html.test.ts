// The report's HTML read back with a real HTML parser: each data-kpi equals `dashboard --json` for the same
// range, server strings are escaped, nothing external, under Gmail's clipping size; and the message as a mail
// client receives it (real SMTP + mailparser) has a text part and the chart inline by cid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/store/open-store';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { sendReportNow } from '../../src/main/schedule/report-runner';
import { reportRunnerDeps } from '../../src/main/schedule/report-deps';
import { exportsHere } from './run-fixtures';
import { cliSandbox, NOW, type CliSandbox } from '../cli/run-cli';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';

const DAY = '2026-03-12';
const WEEK = '2026-03-02';
const COMPANY = 'Taxis <b>Léman</b> & Fils';
const DRIVER = '<b>Jean</b> & Co';

let sb: CliSandbox;
beforeAll(async () => {
  sb = cliSandbox();
  expect((await sb.run('demo', 'seed', '--days', '40')).code).toBe(0);
  const store = openStore(join(sb.dir, 'dispatch-analytics.sqlite'));
  store.sqlite.prepare('UPDATE companies SET name = ?').run(COMPANY);
  // The driver of the day's largest delay gets the hostile name, so it shows in the delays table.
  const top = store.sqlite
    .prepare(
      `SELECT driver_id AS id FROM bookings WHERE day = ? AND boarded_at IS NOT NULL AND driver_id IS NOT NULL
       ORDER BY boarded_at - scheduled_at DESC LIMIT 1`,
    )
    .get(DAY) as { id: number };
  store.sqlite.prepare('UPDATE drivers SET full_name = ? WHERE id = ?').run(DRIVER, top.id);
  store.close();
}, 120_000);
afterAll(() => sb.dispose());

function kpis(html: string): Record<string, string> {
  const doc = parseDocument(html);
  const out: Record<string, string> = {};
  for (const el of DomUtils.findAll((e) => e.attribs['data-kpi'] !== undefined, doc.children)) {
    out[el.attribs['data-kpi']!] = DomUtils.textContent(el);
  }
  return out;
}

/** "1 234", "87,5 %", "4,2 min", "84,9" → the number, as the dashboard's JSON has it (rounded to 1 decimal). */
function numberOf(text: string): number {
  return Number(text.replace(/[\s\u202f\u2019'’]|%|min/g, '').replace(',', '.'));
}

async function renderedHtml(kind: 'daily' | 'weekly', lang: 'fr' | 'en'): Promise<string> {
  const file = join(sb.dir, `${kind}-${lang}.html`);
  const flag = kind === 'daily' ? ['--date', DAY] : ['--week-start', WEEK];
  const r = await sb.run('--lang', lang, 'report', kind, ...flag, '--out', file);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return readFileSync(file, 'utf8');
}

describe.each(['fr', 'en'] as const)('report HTML (%s)', (lang) => {
  it.each([
    ['daily', DAY, DAY],
    ['weekly', WEEK, '2026-03-08'],
  ] as const)('%s: every data-kpi equals dashboard --json for the same range', async (kind, from, to) => {
    const html = await renderedHtml(kind, lang);
    const dash = JSON.parse((await sb.run('dashboard', '--from', from, '--to', to, '--json')).stdout) as {
      summary: Record<string, number>;
    };
    const k = kpis(html);
    expect(Object.keys(k).sort()).toEqual([
      'avg_delay_minutes',
      'on_time_rate',
      'quality_score',
      'total_bookings',
    ]);
    expect(numberOf(k.total_bookings!)).toBe(dash.summary.total_bookings);
    expect(numberOf(k.on_time_rate!)).toBeCloseTo(dash.summary.avg_on_time_rate!, 1);
    expect(numberOf(k.avg_delay_minutes!)).toBeCloseTo(dash.summary.avg_delay_minutes!, 1);
    expect(numberOf(k.quality_score!)).toBeCloseTo(dash.summary.avg_quality_score!, 1);
  });

  it('escapes company and driver names, has no data: URI or external URL, stays under 100 kB', async () => {
    const html = await renderedHtml('daily', lang);
    expect(html).toContain('Taxis &lt;b&gt;Léman&lt;/b&gt; &amp; Fils');
    expect(html).toContain('&lt;b&gt;Jean&lt;/b&gt; &amp; Co');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/data:/i);
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9]/i);
    expect(html).toMatch(/<meta name="color-scheme" content="light only"\s*\/?>/);
    expect(Buffer.byteLength(html)).toBeLessThan(100_000);
    // The text a reader sees is the names as written.
    const text = DomUtils.textContent(parseDocument(html).children);
    expect(text).toContain(COMPANY);
    expect(text).toContain(DRIVER);
  });
});

describe('the report as a mail client receives it', () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.stop());

  it('has the header, a text part with the same figures, the chart inline by cid and no data: URI', async () => {
    const store = openStore(join(sb.dir, 'dispatch-analytics.sqlite'));
    try {
      setSetting(
        store.db,
        'mail',
        { host: '127.0.0.1', port: smtp.port, security: 'none', from: 'rapports@example.ch' },
        NOW,
      );
      const deps = reportRunnerDeps({
        db: store.db,
        now: () => NOW,
        secrets: null,
        env: {},
        runExport: exportsHere(store.db, () => NOW),
      });
      const res = await sendReportNow(deps, {
        kind: 'daily',
        periodKey: DAY,
        recipients: [{ address: 'chef@example.ch', lang: 'fr' }],
      });
      expect(res.delivery.sent).toBe(1);
    } finally {
      store.close();
    }
    const m = smtp.received[0]!.parsed;
    expect(m.headers.get('x-dispatch-report')).toBe(`daily ${DAY}`);
    expect(m.text).toContain('Courses\u202f: ');
    const k = kpis(String(m.html));
    expect(m.text).toContain(k.total_bookings);
    expect(m.text).toContain(k.on_time_rate);
    const chart = m.attachments.find((a) => a.contentType === 'image/png')!;
    expect(chart.cid).toBe('report-chart@dispatch-analytics');
    expect(chart.contentDisposition).toBe('inline');
    expect(chart.content.subarray(1, 4).toString()).toBe('PNG');
    expect(smtp.received[0]!.raw.toString()).not.toMatch(/src="data:/i);
  });
});
