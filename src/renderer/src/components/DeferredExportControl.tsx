// The export control, loaded after the first screen: it validates its request with the contract's schema (zod),
// which has no place in the bundle that paints the KPI cards. Until it has loaded, nothing shows in its place.
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import type { ExportControl } from './ExportControl';

const LazyExportControl = lazy(() => import('./ExportControl').then((m) => ({ default: m.ExportControl })));

export function DeferredExportControl(props: ComponentProps<typeof ExportControl>): ReactNode {
  return (
    <Suspense fallback={null}>
      <LazyExportControl {...props} />
    </Suspense>
  );
}
