// index.html preloads the first screen's chunks: the chunk of mount-app.tsx and everything it imports, so the
// browser fetches them while the entry runs instead of after it.
import { describe, expect, it } from 'vitest';
import { firstScreenChunks, type ChunkLike } from '../../scripts/first-screen-preload.mjs';

const chunk = (fileName: string, imports: string[], extra: Partial<ChunkLike> = {}): ChunkLike => ({
  type: 'chunk',
  fileName,
  imports,
  facadeModuleId: null,
  ...extra,
});

const BUNDLE: Record<string, ChunkLike> = {
  'assets/index.js': chunk('assets/index.js', ['assets/shared.js'], {
    isEntry: true,
    facadeModuleId: '/app/src/renderer/src/main.tsx',
  }),
  'assets/mount-app.js': chunk('assets/mount-app.js', ['assets/react.js', 'assets/index.js'], {
    facadeModuleId: '/app/src/renderer/src/mount-app.tsx',
  }),
  'assets/react.js': chunk('assets/react.js', ['assets/shared.js']),
  'assets/shared.js': chunk('assets/shared.js', []),
  'assets/TripsView.js': chunk('assets/TripsView.js', ['assets/react.js', 'assets/table.js'], {
    facadeModuleId: '/app/src/renderer/src/views/TripsView.tsx',
  }),
  'assets/table.js': chunk('assets/table.js', []),
  'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
};

describe('the first screen preload list', () => {
  it('holds the mount chunk and its static imports, transitively, not the entry nor other views', () => {
    expect(firstScreenChunks(BUNDLE, '/src/renderer/src/mount-app.tsx')).toEqual([
      'assets/mount-app.js',
      'assets/react.js',
      'assets/shared.js',
    ]);
  });

  it('says so when the module is no longer built as a chunk of its own', () => {
    expect(() => firstScreenChunks(BUNDLE, '/src/renderer/src/gone.tsx')).toThrow(/stale/);
  });
});
