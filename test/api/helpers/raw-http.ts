// Raw bytes to a server over TCP on 127.0.0.1, for requests no HTTP client would send. Writes, half-closes,
// and resolves with everything the server sent once it closes (or resets) the connection.
import { connect } from 'node:net';

export function rawExchange(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.write(bytes, () => socket.end());
  });
}

/** The status code of the first response in a raw answer, or null when the server sent none. */
export function firstStatus(raw: string): number | null {
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(raw);
  return m ? Number(m[1]) : null;
}
