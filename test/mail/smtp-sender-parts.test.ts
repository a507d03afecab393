// What the SMTP sender hands over, read back from a real server on 127.0.0.1 (mutation testing: dropping the
// inline chart or the attached file, or losing a refused recipient's words, went unnoticed in the mail folder's
// own tests). The chart must arrive as an inline PNG under its cid (the HTML points at it), a file as a download
// with its type, and a refusal with the server's words and reply code (the outbox records them).
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpSender, smtpTransportOptions } from '../../src/main/mail/smtp-transport';
import { mailSettingsSchema } from '../../src/main/settings/sections/mail';
import { startTestSmtp, type TestSmtp } from './smtp-test-server';

let smtp: TestSmtp | null = null;
afterEach(async () => {
  await smtp?.stop();
  smtp = null;
});

async function sender() {
  smtp = await startTestSmtp();
  const settings = mailSettingsSchema.parse({
    host: '127.0.0.1',
    port: smtp.port,
    security: 'none',
    from: 'rapports@example.ch',
  });
  return createSmtpSender(smtpTransportOptions(settings, null));
}

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('createSmtpSender', () => {
  it('sends the chart inline under its cid and the file as an attachment with its type', async () => {
    const send = await sender();
    const receipt = await send({
      from: 'rapports@example.ch',
      to: 'chef@example.ch',
      subject: 'Rapport',
      html: '<p><img src="cid:chart-1@dispatch"></p>',
      text: 'Rapport',
      headers: { 'X-Dispatch-Report': 'daily' },
      images: [{ cid: 'chart-1@dispatch', filename: 'chart.png', content: png }],
      attachments: [
        { filename: 'semaine.xlsx', contentType: 'application/vnd.ms-excel', content: Buffer.from('xlsx!') },
      ],
    });
    expect(receipt.rejected).toEqual([]);
    expect(receipt.response).toContain('queued');
    await smtp!.waitFor(1);
    const parsed = smtp!.received[0]!.parsed;
    expect(parsed.headers.get('x-dispatch-report')).toBe('daily');
    const chart = parsed.attachments.find((a) => a.filename === 'chart.png');
    expect(chart?.contentId).toBe('<chart-1@dispatch>');
    expect(chart?.contentType).toBe('image/png');
    expect(chart?.content.equals(png)).toBe(true);
    const file = parsed.attachments.find((a) => a.filename === 'semaine.xlsx');
    expect(file?.contentType).toBe('application/vnd.ms-excel');
    expect(file?.content.toString()).toBe('xlsx!');
    expect(file?.contentId).toBeUndefined();
    expect(parsed.attachments).toHaveLength(2);
  });

  it('a refused recipient comes back with the server’s words and code; the other one is delivered', async () => {
    const send = await sender();
    smtp!.refuse.add('absent@example.ch');
    const receipt = await send({
      from: 'rapports@example.ch',
      to: 'chef@example.ch, absent@example.ch',
      subject: 'Rapport',
      html: '<p>x</p>',
      text: 'x',
      headers: {},
      images: [],
    });
    expect(receipt.rejected).toHaveLength(1);
    expect(receipt.rejected[0]).toMatchObject({ address: 'absent@example.ch', responseCode: 550 });
    expect(receipt.rejected[0]!.response).toContain('mailbox unavailable');
    await smtp!.waitFor(1);
    expect(smtp!.received[0]!.to).toEqual(['chef@example.ch']);
  });
});
