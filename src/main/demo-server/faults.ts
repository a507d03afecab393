// Fault injection: a seeded share of requests answers like a server in maintenance (the app's 503) or a
// gateway whose upstream died (nginx's 502 HTML page). Deterministic for a seed and a request sequence.
import { MAINTENANCE_BODY } from './error-replies';
import { hash32, mulberry32 } from '../demo/prng';
import { flaskReply, type Reply } from './types';

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

export interface FaultInjector {
  /** A failure reply for this request, or null to serve it normally. */
  next(): Reply | null;
}

export function createFaultInjector(failRate: number, seed: number): FaultInjector {
  if (!(failRate >= 0 && failRate <= 1))
    throw new RangeError(`failRate must be between 0 and 1 (got ${failRate}).`);
  const random = mulberry32(hash32('faults', seed));
  return {
    next() {
      if (failRate === 0) return null;
      if (random() >= failRate) return null;
      if (random() < 0.75) return flaskReply(503, MAINTENANCE_BODY);
      return {
        status: 502,
        style: 'raw',
        contentType: 'text/html',
        body: NGINX_502,
        headers: { Server: 'nginx' },
      };
    },
  };
}

/** 502s come from the proxy in front of the app: none of the app's headers. */
export function isProxyReply(reply: Reply): boolean {
  return reply.status === 502 && reply.headers?.Server === 'nginx';
}
