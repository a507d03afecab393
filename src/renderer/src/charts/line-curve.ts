// How every line (and filled area) of our charts joins its points. Chart.js's tension curve overshoots: a day at
// 1 min next to days at 20 is drawn dipping under 1, an on-time rate between two 100 % days rises above 100 %.
// Monotone cubic interpolation never leaves the range of the two points it joins (tension is then unused; 0 keeps
// a chart that opts out of monotone straight, not curved).
export const LINE_CURVE = { cubicInterpolationMode: 'monotone', tension: 0 } as const;
