import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EffectiveSettings } from '../../lib/settings/resolve';
import { saveUserSetting, watchSettings } from '../../lib/settings/storage';

/** Collects what watchSettings emits and waits for the emission a test expects. */
function watch() {
  const seen: EffectiveSettings[] = [];
  const stop = new AbortController();
  watchSettings(stop.signal, (e) => seen.push(e));
  const until = async (predicate: (e: EffectiveSettings) => boolean) => {
    for (let i = 0; i < 100; i++) {
      const hit = seen.find(predicate);
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`no matching emission among ${seen.length}`);
  };
  return { seen, stop, until };
}

describe('watchSettings', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('starts from the defaults and follows user changes', async () => {
    const w = watch();
    await w.until((e) => e.settings.role === 'clinic');
    await fakeBrowser.storage.local.set({ settings: { role: 'pharmacy' } });
    await w.until((e) => e.settings.role === 'pharmacy');
    w.stop.abort();
  });

  it('a change heard while the first read is on its way wins over what that read returns', async () => {
    // The read is answered with the value from before the write (as for a worker woken by it).
    let answerRead: (value: Record<string, unknown>) => void = () => undefined;
    const read = new Promise<Record<string, unknown>>((resolve) => {
      answerRead = resolve;
    });
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: string) =>
      keys === 'settings' ? read : get(keys as never)) as typeof fakeBrowser.storage.local.get);
    const w = watch();
    await fakeBrowser.storage.local.set({ settings: { role: 'pharmacy' } });
    await w.until((e) => e.settings.role === 'pharmacy');
    answerRead({});
    await new Promise((r) => setTimeout(r, 20));
    expect(w.seen.at(-1)?.settings.role).toBe('pharmacy');
    w.stop.abort();
  });

  it('applies managed policy over user values and locks those keys', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: true } });
    await fakeBrowser.storage.managed.set({ enabled: false, role: 'pharmacy' });
    const w = watch();
    const e = await w.until((x) => x.policyKeys.length === 2);
    expect(e.settings.enabled).toBe(false);
    expect(e.lockedKeys.has('role')).toBe(true);
    w.stop.abort();
  });

  it('falls back to defaults for corrupted storage and reports it', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not an object' });
    const w = watch();
    const e = await w.until((x) => x.rejected.length > 0);
    expect(e.settings.enabled).toBe(true);
    expect(e.rejected[0]?.source).toBe('user');
    w.stop.abort();
  });

  it('stops emitting once aborted', async () => {
    const w = watch();
    await w.until(() => true);
    w.stop.abort();
    const count = w.seen.length;
    await fakeBrowser.storage.local.set({ settings: { role: 'pharmacy' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(w.seen).toHaveLength(count);
  });
});

describe('saveUserSetting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a valid value beside the others', async () => {
    await fakeBrowser.storage.local.set({ settings: { role: 'pharmacy' } });
    expect(await saveUserSetting('enabled', false)).toEqual([]);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ role: 'pharmacy', enabled: false });
  });

  it('refuses an invalid value with a reason and stores nothing', async () => {
    const rejected = await saveUserSetting('freeDialHoursWeekday', '20:00-09:00');
    expect(rejected).toHaveLength(1);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });
});
