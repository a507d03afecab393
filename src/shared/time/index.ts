// Dates and zones for every layer (pure, no I/O): calendar-day arithmetic and wall-clock times in an IANA zone.
export * from './calendar-days';
export * from './zones';
