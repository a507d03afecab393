// True from the frame after `trigger` first became true. Heavy parts (canvas charts, the heat map) mount then,
// so the figures above them are painted first instead of waiting for chart.js to lay out and draw.
import { useEffect, useState } from 'react';

export function useAfterPaint(trigger: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!trigger || ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs just before the next paint; the timeout queued from it runs just after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [trigger, ready]);
  return ready;
}
