// Types of first-screen-preload.mjs, for electron.vite.config.ts and its tests.
import type { Plugin } from 'vite';

export interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
  isEntry?: boolean;
}
export declare function firstScreenChunks(bundle: Record<string, ChunkLike>, moduleSuffix: string): string[];
export declare function firstScreenPreload(moduleSuffix: string): Plugin;
