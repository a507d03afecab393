// The worker thread's entry point (built to out/main/worker.js by electron-vite and to out/cli/worker.js by
// scripts/build-cli.mjs). It only hosts the registered tasks; nothing else may run on import.
import { parentPort } from 'node:worker_threads';
import { openStoreConnection } from '../store/open-store';
import { hostTasks } from './task-host';
import { TASKS } from './tasks';

if (!parentPort) throw new Error('worker-entry.ts runs only as a worker thread (see worker-runner.ts).');
hostTasks(parentPort, TASKS, openStoreConnection);
