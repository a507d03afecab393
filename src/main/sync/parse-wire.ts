// Validates a payload against its schema and turns the first problem into a SyncPayloadError that names the
// endpoint, the day and the field path: `reservations 2026-11-20: reservations[3].scheduled_time: expected ISO
// local date-time, got "abc"`.
import type { z } from 'zod';
import { SyncPayloadError } from './sync-errors';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function describeIssue(issue: z.core.$ZodIssue & { input?: unknown }): string {
  const got = `got ${describeInput(issue.input)}`;
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}, ${got}`;
  }
  if (issue.code === 'invalid_union') return `unexpected value, ${got}`;
  return `${issue.message}, ${got}`;
}

export function parseWire<S extends z.ZodType>(
  schema: S,
  data: unknown,
  where: { endpoint: string; day?: string | null },
): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new SyncPayloadError(where.endpoint, where.day ?? null, formatPath(issue.path), describeIssue(issue));
}
