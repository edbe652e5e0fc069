import type { CallCentreView } from '../messaging/messages';
import { msToNextMinute } from '../shared/nextMinute';
import { cancel, later, type TimerId } from '../shared/scheduler';

/**
 * The call centres' live status while an alert is shown: asked now, again as each minute starts
 * (the hours change on the minute and at no other time), and when the tab is shown again. A hidden
 * tab keeps no ticking clock. Stops when `signal` aborts.
 */
export function followLiveHours(
  doc: Document,
  signal: AbortSignal,
  request: () => Promise<CallCentreView[] | null>,
  onViews: (views: CallCentreView[]) => void,
): void {
  let timer: TimerId | undefined;
  const refresh = async () => {
    cancel(timer);
    timer = undefined;
    const views = await request();
    if (signal.aborted) return;
    if (views) onViews(views);
    cancel(timer);
    timer = doc.visibilityState === 'visible' ? later(() => void refresh(), msToNextMinute()) : undefined;
  };
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'visible') void refresh();
    },
    { signal },
  );
  signal.addEventListener('abort', () => cancel(timer), { once: true });
  void refresh();
}
