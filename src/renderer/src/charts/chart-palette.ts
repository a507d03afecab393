// Chart colours per theme. Canvas cannot read CSS variables at draw time without a layout flush, so the values
// mirror styles.css here; keep the two in step.
import type { ResolvedTheme } from '../state/theme';

export interface ChartPalette {
  primary: string;
  primaryFill: string;
  good: string;
  goodFill: string;
  warn: string;
  violet: string;
  grid: string;
  text: string;
  bandGood: string;
  bandBad: string;
}

const LIGHT: ChartPalette = {
  primary: '#1f5fbf',
  primaryFill: 'rgba(31,95,191,0.18)',
  good: '#1d7a46',
  goodFill: 'rgba(29,122,70,0.18)',
  warn: '#b45309',
  violet: '#7c3aed',
  grid: 'rgba(27,35,48,0.08)',
  text: '#5b6676',
  bandGood: 'rgba(29,122,70,0.12)',
  bandBad: 'rgba(180,35,24,0.10)',
};

const DARK: ChartPalette = {
  primary: '#5b9bff',
  primaryFill: 'rgba(91,155,255,0.22)',
  good: '#4ade80',
  goodFill: 'rgba(74,222,128,0.2)',
  warn: '#fbbf24',
  violet: '#c4a1ff',
  grid: 'rgba(230,235,242,0.1)',
  text: '#9aa7b8',
  bandGood: 'rgba(74,222,128,0.12)',
  bandBad: 'rgba(248,113,113,0.14)',
};

export function chartPalette(theme: ResolvedTheme): ChartPalette {
  return theme === 'dark' ? DARK : LIGHT;
}
