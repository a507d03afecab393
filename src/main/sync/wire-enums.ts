// The server's enum spellings (docs/dispatch-api.md#enums): Booking.serialize lowercases the value
// ("assigned"), while the restx dispatch models send str(enum) = "ClassName.MEMBER"
// ("DispatchStatus.COMPLETED"). Both → our lowercase.
import { BOOKING_STATUSES, type BookingStatus } from '../../shared/analytics-types';
import { ASSIGNMENT_STATUSES, RUN_STATUSES, type AssignmentStatus, type RunStatus } from '../domain/records';

export type AssignmentStatusValue = AssignmentStatus;

function unprefix(value: string, className: string): string {
  const prefix = `${className}.`;
  return (value.startsWith(prefix) ? value.slice(prefix.length) : value).toLowerCase();
}

export function parseBookingStatus(value: string): BookingStatus | null {
  const v = unprefix(value, 'BookingStatus');
  return (BOOKING_STATUSES as readonly string[]).includes(v) ? (v as BookingStatus) : null;
}

export function parseRunStatus(value: string): RunStatus | null {
  const v = unprefix(value, 'DispatchStatus');
  return (RUN_STATUSES as readonly string[]).includes(v) ? (v as RunStatus) : null;
}

export function parseAssignmentStatus(value: string): AssignmentStatusValue | null {
  const v = unprefix(value, 'AssignmentStatus');
  return (ASSIGNMENT_STATUSES as readonly string[]).includes(v) ? (v as AssignmentStatusValue) : null;
}

// Booking.serialize and User.serialize fill missing text with these French placeholders
// (docs/dispatch-api.md#placeholders).
const PLACEHOLDERS = new Set(['Non spécifié', 'Aucune note', 'Non assignée']);

/** A text field as the server sends it → null when absent, empty or one of the server's placeholders. */
export function textOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' || PLACEHOLDERS.has(trimmed) ? null : trimmed;
}
