// Dates and zones for every layer, main process and renderer alike (pure, no I/O): calendar-day arithmetic,
// wall-clock times in an IANA zone, and the text forms of days, wall-clock times and instants.
export * from './calendar-days';
export * from './zones';
export * from './wall-clock-text';
export * from './wall-clock-stream';
