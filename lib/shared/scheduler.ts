/**
 * Every timer the content script holds goes through here, so that "no timers while nothing is
 * shown" can be checked (a test build reports pendingTimers(); docs/page-contract.md). Thin on
 * purpose: it runs in every frame.
 */

export type TimerId = ReturnType<typeof setTimeout>;

const pending = new Set<TimerId>();

export function later(run: () => void, ms: number): TimerId {
  const id = setTimeout(() => {
    pending.delete(id);
    run();
  }, ms);
  pending.add(id);
  return id;
}

export function every(run: () => void, ms: number): TimerId {
  const id = setInterval(run, ms);
  pending.add(id);
  return id;
}

export function cancel(id: TimerId | undefined): void {
  if (id === undefined) return;
  clearTimeout(id);
  clearInterval(id);
  pending.delete(id);
}

/** Timers set here and not yet run or cancelled. */
export function pendingTimers(): number {
  return pending.size;
}
