import { storedValue } from '../settings/storedValue';

/**
 * Whether the user unfolded 「窓口での確認」, remembered per browser profile in extension
 * storage.local under one small key: a boolean, never anything from the page.
 */

const deskOpen = storedValue<unknown>('local', 'deskStepsOpen', false);

export async function readDeskOpen(): Promise<boolean> {
  try {
    return (await deskOpen.get()) === true;
  } catch {
    // An orphaned content script has no storage: folded, as by default.
    return false;
  }
}

export async function saveDeskOpen(open: boolean): Promise<void> {
  try {
    await deskOpen.set(open);
  } catch {
    // Nothing to remember it in any more (the extension was updated or removed).
  }
}

/** Calls `onChange` when another panel (frame, tab) folds or unfolds; returns the unsubscribe. */
export function watchDeskOpen(onChange: (open: boolean) => void): () => void {
  return deskOpen.watch((open) => onChange(open === true));
}
