// The one COMPANY user the demo server knows, and the signing secret. Both derive from the seed and the
// credentials, so a restarted demo server with the same options accepts the tokens it issued before.
import { createHash } from 'node:crypto';
import { uuidFrom } from '../demo/prng';

export const DEFAULT_DEMO_CREDENTIALS: Readonly<{ email: string; password: string }> = Object.freeze({
  email: 'demo@dispatch.local',
  password: 'demo-dispatch-2025',
});

export interface DemoAccount {
  userId: number;
  publicId: string;
  username: string;
  email: string;
  password: string;
  role: 'COMPANY';
  /** epoch ms */
  createdAt: number;
}

export function createDemoAccount(opts: {
  email: string;
  password: string;
  seed: number;
  companyId: number;
  createdAt: number;
}): DemoAccount {
  return {
    userId: 10 + opts.companyId,
    publicId: uuidFrom('user', opts.seed, opts.email),
    username: opts.email.split('@')[0] || 'demo',
    email: opts.email,
    password: opts.password,
    role: 'COMPANY',
    createdAt: opts.createdAt,
  };
}

export function signingSecret(seed: number, email: string): string {
  return createHash('sha256').update(`atmr-demo-jwt:${seed}:${email}`).digest('hex');
}
