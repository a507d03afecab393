// A recording stand-in for the `electron` module, for running the built main bundle (out/main/index.js) in plain
// Node. Every export is a Proxy: any property is another recording node, any call or `new` is recorded
// ({ path, args }) and answers what `answers` says for its path, else another node (so chains like
// `win.webContents.send(…)` and `nativeImage.createFromPath(p).resize(…)` work). It knows nothing of the shell's
// wiring: the assertions read the recorded calls. Paths read `app.whenReady`, `new BrowserWindow`,
// `new BrowserWindow.webContents.send`, `session.defaultSession.setPermissionRequestHandler`…
import Module from 'node:module';

export interface RecordedCall {
  path: string;
  args: unknown[];
}

/** By path: a function answering the call, or `{ value }` for a property read as a plain value. */
export type Answers = Record<string, ((...args: unknown[]) => unknown) | { value: unknown }>;

export interface ElectronStandIn {
  exports: Record<string, unknown>;
  calls: RecordedCall[];
  /** the recorded calls of one path */
  callsTo(path: string): unknown[][];
  /** resolves at the first call of `path` that `match` accepts (now if there already was one) */
  waitForCall(path: string, match?: (args: unknown[]) => boolean): Promise<unknown[]>;
}

// Never a thenable (await would hang on it), never an ES module namespace, never a primitive.
const NOT_A_NODE = new Set<PropertyKey>(['then', 'toJSON', '__esModule', 'default', 'constructor']);

export function createElectronStandIn(answers: Answers): ElectronStandIn {
  const calls: RecordedCall[] = [];
  const waiters: Array<{
    path: string;
    match: (args: unknown[]) => boolean;
    resolve(args: unknown[]): void;
  }> = [];
  const nodes = new Map<string, unknown>();

  function record(path: string, args: unknown[]): void {
    calls.push({ path, args });
    for (const w of [...waiters]) {
      if (w.path === path && w.match(args)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(args);
      }
    }
  }

  function node(path: string): unknown {
    const existing = nodes.get(path);
    if (existing) return existing;
    const own = new Map<PropertyKey, unknown>();
    const proxy = new Proxy(function standIn() {}, {
      get(_target, prop) {
        if (own.has(prop)) return own.get(prop);
        if (typeof prop === 'symbol' || NOT_A_NODE.has(prop)) return undefined;
        const child = `${path}.${prop}`;
        const answer = answers[child];
        if (answer && typeof answer === 'object') return answer.value;
        return node(child);
      },
      set(_target, prop, value) {
        own.set(prop, value);
        record(`${path}.${String(prop)}=`, [value]);
        return true;
      },
      apply(_target, _this, args: unknown[]) {
        record(path, args);
        const answer = answers[path];
        return typeof answer === 'function' ? answer(...args) : node(`${path}()`);
      },
      construct(_target, args: unknown[]) {
        record(`new ${path}`, args);
        return node(`new ${path}`) as object;
      },
    });
    nodes.set(path, proxy);
    return proxy;
  }

  const exportsProxy = new Proxy({} as Record<string, unknown>, {
    get: (_target, prop) =>
      typeof prop === 'symbol' || NOT_A_NODE.has(prop) ? undefined : node(String(prop)),
  });

  return {
    exports: exportsProxy,
    calls,
    callsTo: (path) => calls.filter((c) => c.path === path).map((c) => c.args),
    waitForCall(path, match = () => true) {
      const done = calls.find((c) => c.path === path && match(c.args));
      if (done) return Promise.resolve(done.args);
      return new Promise((resolve) => waiters.push({ path, match, resolve }));
    },
  };
}

type ResolveFilename = (request: string, parent: unknown, ...rest: unknown[]) => string;

/**
 * Makes `require('electron')` (from any CommonJS module, the built bundle included) return the stand-in, through
 * Node's CommonJS resolution hook; returns the function that puts everything back.
 */
export function installElectronStandIn(standIn: ElectronStandIn): () => void {
  const internals = Module as unknown as {
    _resolveFilename: ResolveFilename;
    _cache: Record<string, unknown>;
  };
  const id = '\0electron-stand-in';
  const fake = new Module(id);
  fake.exports = standIn.exports;
  fake.loaded = true;
  internals._cache[id] = fake;
  const original = internals._resolveFilename;
  internals._resolveFilename = function (request, parent, ...rest) {
    return request === 'electron' ? id : original.call(this, request, parent, ...rest);
  };
  return () => {
    internals._resolveFilename = original;
    delete internals._cache[id];
  };
}
