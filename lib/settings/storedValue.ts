import { browser } from 'wxt/browser';

/**
 * One value of extension storage under a fixed key. Thin on purpose: it runs in the content script
 * too, where every kilobyte is paid on every page, and callers validate what they read.
 */
export interface StoredValue<T> {
  /** The stored value, or the fallback when there is none. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /**
   * Calls `onChange` with each new value (undefined when removed); returns the function that stops.
   * Safe in an orphaned content script, whose browser.storage is gone: it then follows nothing.
   */
  watch(onChange: (value: unknown) => void): () => void;
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
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        if (changedArea === area && key in changes) onChange(changes[key]?.newValue);
      };
      // Held here: once an orphaned content script's context is gone, browser.storage is undefined.
      const changed = browser.storage?.onChanged;
      if (!changed) return () => undefined;
      changed.addListener(listener);
      return () => changed.removeListener(listener);
    },
  };
}
