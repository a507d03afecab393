// The file an export writes: first a hidden temporary file next to the target, renamed over it only once it is
// complete, so a cancelled, failed or killed export never leaves a half file under the name the user chose
// (an xlsx is only valid after the workbook's final commit). The temporary file carries the writer's pid: one
// left by a killed process is removed by the next export beside it, or, in the data folder, when the store is
// next opened. Created 0600, as the file it becomes: exports hold patient names and addresses.
import { createWriteStream, type WriteStream } from 'node:fs';
import { access, constants, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pidTaggedName, sweepDeadTempFiles } from '../platform/leftover-files';
import { ExportError, ioError } from './export-errors';

/** The mode of an export file (and of its temporary file, which the rename keeps). */
export const EXPORT_FILE_MODE = 0o600;

export interface PendingFile {
  /** the final path (absolute) */
  path: string;
  /** where the bytes go until commit */
  tempPath: string;
  /** renames the temporary file over the target; returns its size */
  commit(): Promise<number>;
  /** removes the temporary file (idempotent, never throws) */
  discard(): Promise<void>;
}

/** Checks the target (free name unless `force`, writable folder) and reserves a temporary file beside it. */
export async function prepareOutput(out: string, force: boolean): Promise<PendingFile> {
  const path = resolve(out);
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw ioError(Object.assign(new Error(), { code: 'EISDIR' }), path);
  if (existing && !force) {
    throw new ExportError('conflict', 'exports.errors.exists', { path });
  }
  try {
    await access(dirname(path), constants.W_OK);
  } catch (err) {
    throw ioError(err, path);
  }
  sweepDeadTempFiles(dirname(path), 'part', `.${basename(path)}.`);
  const tempPath = join(dirname(path), pidTaggedName(`.${basename(path)}`, 'part'));
  return {
    path,
    tempPath,
    async commit() {
      try {
        await rename(tempPath, path);
        return (await stat(path)).size;
      } catch (err) {
        await rm(tempPath, { force: true }).catch(() => {});
        throw ioError(err, path);
      }
    },
    async discard() {
      await rm(tempPath, { force: true }).catch(() => {});
    },
  };
}

/** A write stream with awaitable writes: each waits for 'drain' when the OS buffer is full (backpressure). */
export interface FileSink {
  stream: WriteStream;
  write(chunk: string | Buffer): Promise<void>;
  /** ends the stream and waits until every byte is on disk */
  close(): Promise<void>;
}

export function openSink(tempPath: string): FileSink {
  // 'wx': the random temporary name must not exist; never follow someone else's file.
  const stream = createWriteStream(tempPath, { flags: 'wx', mode: EXPORT_FILE_MODE });
  let failure: Error | null = null;
  stream.on('error', (e) => (failure = e));
  const check = () => {
    if (failure) throw failure;
  };
  return {
    stream,
    async write(chunk) {
      check();
      if (!stream.write(chunk)) await waitForDrain(stream);
      check();
    },
    async close() {
      check();
      // exceljs ends the stream itself when its zip is finalised; wait for the file to be closed either way
      // (Windows cannot rename a file that is still open).
      if (!stream.closed) {
        await new Promise<void>((res, rej) => {
          stream.once('error', rej);
          stream.once('close', () => res());
          if (!stream.writableEnded) stream.end();
        });
      }
      check();
    },
  };
}

export function waitForDrain(stream: WriteStream): Promise<void> {
  return new Promise((res, rej) => {
    const onDrain = () => {
      stream.off('error', onError);
      res();
    };
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      rej(e);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}
