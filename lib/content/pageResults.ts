import type { Match } from '../detection/mentions';
import type { StatusToken } from '../detection/patterns';
import { WORDING_ORDER, type Wording } from '../detection/wordings';
import type { MessageKey, Translate } from '../i18n/localized';
import type { Settings } from '../settings/definition';

/**
 * A document's results as every part of the alert reads them (host, panel, callout, desk steps),
 * derived once from the detector's report.
 */
export interface PageResults {
  /** In the detector's order. */
  matches: readonly Match[];
  /** The result the panel is placed by. */
  anchor: Match;
  /** The host's data-status tokens, in the contract's order. */
  statuses: readonly StatusToken[];
  /** What the page shows, each once, in the order the panel names them. */
  wordings: readonly Wording[];
}

const STATUS_ORDER: readonly StatusToken[] = ['invalid', 'no-info', 'custom'];

/** `anchor`: placement.ts chooses it (the panel's view reads these results, not placement). */
export function pageResults(matches: readonly Match[], anchor: Match): PageResults {
  return {
    matches,
    anchor,
    statuses: STATUS_ORDER.filter((status) => matches.some((m) => m.status === status)),
    wordings: WORDING_ORDER.filter((wording) => matches.some((m) => m.wording === wording)),
  };
}

/** The panel's title, e.g. 「資格（無効）」と表示されています. */
export function panelTitle(wordings: readonly Wording[], t: Translate): string {
  return t('panelShown', wordings.map((wording) => t(wording.name)).join(t('nameSeparator')));
}

/** The paper-prescription reminder worded for the role. */
export function reminderKey(role: Settings['role']): MessageKey {
  return role === 'pharmacy' ? 'reminderPharmacy' : 'reminderClinic';
}
