import { browser } from 'wxt/browser';

/**
 * "Now" for the call-centre status. Test builds (WXT_TEST_HOOKS=1) may pin it through
 * storage.local.testClock; in release builds the condition is false at build time and the
 * branch is removed, so no stored value can change the clock.
 */
export async function now(): Promise<Date> {
  if (import.meta.env.WXT_TEST_HOOKS === '1') {
    const { testClock } = await browser.storage.local.get('testClock');
    if (typeof testClock === 'string') return new Date(testClock);
  }
  return new Date();
}
