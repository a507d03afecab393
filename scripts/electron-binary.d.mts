// Types of electron-binary.mjs, for its tests.
export type ElectronBinaryStatus =
  { ok: true; path: string } | { ok: false; reason: 'package-missing' | 'binary-missing'; detail: string };
export interface ElectronProbe {
  electronDir: string | null;
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  readText(path: string): string | null;
}
export declare function electronBinaryStatus(probe: ElectronProbe): ElectronBinaryStatus;
export declare function browserFallbackNotice(): string[];
export declare function browserFallbackCommand(opts: { root: string; nodePath: string; args: string[] }): {
  command: string;
  args: string[];
};
