import { browser } from 'wxt/browser';

/**
 * One value of extension storage under a fixed key. Thin on purpose: it runs in the content script
 * too, where every kilobyte is paid on every page, and callers validate what they read.
 */
export interface StoredValue<T> {
  /** The stored value, or the fallback when there is none. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
}

export function storedValue<T>(area: 'local' | 'session', key: string, fallback: T): StoredValue<T> {
  return {
    async get() {
      const found = await browser.storage[area].get(key);
      return (found[key] as T | undefined) ?? fallback;
    },
    async set(value) {
      await browser.storage[area].set({ [key]: value });
    },
  };
}
