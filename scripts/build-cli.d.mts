// Types of build-cli.mjs, for the TypeScript callers (the tests' global setup, the benchmarks).
export declare const CLI_OUT_DIR: string;
export declare function cliIsStale(): boolean;
export declare function buildCli(): Promise<void>;
