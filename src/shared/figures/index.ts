// The figures catalogue: each figure declared once (src/shared/figures/figure.ts), looped over by every surface.
export * from './figure';
export * from './kpi-figures';
export * from './trend-figures';
