// A real SMTP server on 127.0.0.1 (smtp-server) that parses what arrives (mailparser). It can refuse given
// recipients with a 550, answer 451 for a while, or be stopped and restarted on the same port (server down).
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  parsed: ParsedMail;
  raw: Buffer;
}

export interface TestSmtp {
  port: number;
  received: Received[];
  /** recipients answered "550 5.1.1 mailbox unavailable" */
  refuse: Set<string>;
  /** recipients answered "451 4.3.0 try again later" */
  defer: Set<string>;
  /** every RCPT TO the server was asked, in order (to count retries) */
  rcptLog: string[];
  /** while set, DATA is held until it resolves (to kill a sender mid-send) */
  holdData: Promise<void> | null;
  /** resolves when the next DATA starts arriving */
  nextData(): Promise<void>;
  /** resolves once `n` messages have arrived */
  waitFor(n: number): Promise<void>;
  stop(): Promise<void>;
  /** listens again on the same port */
  restart(): Promise<void>;
}

export async function startTestSmtp(port = 0): Promise<TestSmtp> {
  const received: Received[] = [];
  const refuse = new Set<string>();
  const defer = new Set<string>();
  const waiters: { n: number; resolve: () => void }[] = [];
  const rcptLog: string[] = [];
  let dataStarted: (() => void)[] = [];
  const state = { holdData: null as Promise<void> | null };
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, cb) {
        const a = address.address.toLowerCase();
        rcptLog.push(a);
        if (refuse.has(a))
          return cb(
            Object.assign(new Error('5.1.1 <' + a + '>: mailbox unavailable'), { responseCode: 550 }),
          );
        if (defer.has(a)) return cb(Object.assign(new Error('4.3.0 try again later'), { responseCode: 451 }));
        cb();
      },
      onData(stream, session, cb) {
        for (const f of dataStarted) f();
        dataStarted = [];
        if (state.holdData) {
          // Never answer: the sender is killed while waiting (the message is "handed over").
          stream.resume();
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          void simpleParser(raw).then((parsed) => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), parsed, raw });
            for (const w of waiters.filter((x) => received.length >= x.n)) w.resolve();
            cb(null, 'Message queued as test-' + received.length);
          }, cb);
        });
      },
    });
  let server = make();
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
  const actual = await listen(port);
  return {
    port: actual,
    received,
    refuse,
    defer,
    rcptLog,
    get holdData() {
      return state.holdData;
    },
    set holdData(v) {
      state.holdData = v;
    },
    nextData: () => new Promise<void>((resolve) => dataStarted.push(resolve)),
    waitFor: (n) =>
      received.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })),
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // close() waits for open connections; a held DATA keeps one open.
        for (const c of (server as unknown as { connections: Set<{ close(): void }> }).connections ?? [])
          c.close();
      }),
    async restart() {
      server = make();
      await listen(actual);
    },
  };
}
