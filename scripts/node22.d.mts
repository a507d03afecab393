// Types of node22.mjs, for its tests.
export declare function isRecentEnough(version?: string): boolean;
export declare function node22Dir(env?: Record<string, string | undefined>): string;
export declare function cachedNode(dir: string): string | null;
export declare function rerunNotice(version: string, dir: string, installing: boolean): string[];
export declare function unavailableNotice(version: string, dir: string, why: string): string[];
export declare function node22Path(env?: Record<string, string | undefined>): string | null;
export declare function withNodeOnPath(
  env: Record<string, string | undefined>,
  node: string,
): Record<string, string | undefined>;
export declare function runScriptUnderNode22(): Promise<void>;
