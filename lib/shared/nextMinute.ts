/**
 * Milliseconds until just after the next minute starts: live hours ("受付中", next opening) change
 * on the minute, so views that show them refresh then. The 50 ms margin keeps a timer that fires a
 * little early from reading the old minute.
 */
export function msToNextMinute(now: number = Date.now()): number {
  return 60_000 - (now % 60_000) + 50;
}
