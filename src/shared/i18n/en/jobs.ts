// English texts, domain "jobs": typed against fr/jobs.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { jobs as fr } from '../fr/jobs';

export const jobs: Translation<typeof fr> = {
  cancelled: 'The job was cancelled.',
  workerFailed: 'The background job stopped unexpectedly: try again; if it happens again, restart the app.',
};
