// The last value a query answered, kept through a failure. react-query's placeholderData keeps the previous
// period's figures while the next one loads, but drops them when that load fails: a dispatcher switching period
// while the app does not answer then lost the figures already on screen. The view shows these with the error.
import { useState } from 'react';

export function useLastGood<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  // React's "state from the previous render" pattern: no effect, no extra paint with a blank in between.
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
