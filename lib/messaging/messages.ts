import type { CallCentreId } from '../notice/callCentres';

/** Messages between the content script, popup and background (runtime.sendMessage). */

export interface CallCentreView {
  /** The two call centres, and the free dial's foreign-language line. */
  id: CallCentreId | 'foreignLine';
  open: boolean;
  /** e.g. 「本日 9:30〜20:00」 */
  todayHours: string;
  /** e.g. 「受付中（20:00まで）」 */
  state: string;
  /** e.g. 「次は 1/5（月）8:00 から」, when closed */
  next: string | null;
  /** Set when the holiday calendar does not cover this year. */
  calendarNote: string | null;
  /** e.g. ["平日 9:30〜20:00", "土・日・祝 9:30〜17:30"] */
  weekly: string[];
  /** e.g. 「年末年始（12/29〜1/3）は休み」 */
  closures: string | null;
}

export type Request =
  /** Content script or popup → background: live status of every line. */
  | { type: 'callCentreViews' }
  /** Content script → background: this frame's number of results (badge). */
  | { type: 'matchCount'; count: number }
  /** Popup → background: results in a tab, all frames together. */
  | { type: 'tabMatchCount'; tabId: number }
  /** Popup → content scripts of a tab: read the page again. */
  | { type: 'rescan' }
  /** Popup → the tab's top frame: its origin (for the per-site switch; never the path or query). */
  | { type: 'pageOrigin' }
  /** Panel or popup → background: open the patient slip (content scripts cannot open extension pages). */
  | { type: 'openSlip' };

export type Response<R extends Request> = R extends { type: 'callCentreViews' }
  ? CallCentreView[]
  : R extends { type: 'tabMatchCount' }
    ? number
    : undefined;
