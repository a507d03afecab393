// Every task the worker can run, by name. Registering a task is one line here: `'domain:verb': fn,` where fn is
// a TaskFn (task.ts). The worker thread runs them; the main thread only sees their names and types.
import type { AnyTaskFn } from './task';
import { aggregateAllTask } from './tasks/aggregate-all-task';

export const TASKS = {
  'aggregation:aggregate-all': aggregateAllTask,
} as const satisfies Record<string, AnyTaskFn>;

export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[1];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>>;
