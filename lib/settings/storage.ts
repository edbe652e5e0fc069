import { browser } from 'wxt/browser';
import { storedValue } from './storedValue';
import type { SettingKey, Settings } from './definition';
import { type EffectiveSettings, resolveSettings } from './resolve';
import { parseSetting, type Rejection } from './validate';

/** The user's own values (validated on every read; anything foreign is reported, not trusted). */
const userSettings = storedValue<unknown>('local', 'settings', {});

/** The last policy seen, so that start-up applies it at once (managed storage can take seconds). */
const policyCache = storedValue<unknown>('local', 'policyCache', null);

/** Managed storage, or {} when there is none (Firefox rejects; some builds have no API at all). */
export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    const managed = browser.storage?.managed;
    if (!managed) return {};
    return ((await managed.get()) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}

export async function cachePolicy(policy: Record<string, unknown>): Promise<void> {
  await policyCache.set(policy);
}

/** Calls `onChange` with the effective settings now and whenever user values or policy change. */
export function watchSettings(signal: AbortSignal, onChange: (effective: EffectiveSettings) => void): void {
  let user: unknown = {};
  let policy: unknown = null;
  let policyRead = false;
  const emit = () => {
    if (!signal.aborted) onChange(resolveSettings(user, policy));
  };
  const refreshPolicy = async () => {
    const fresh = await readPolicy();
    policyRead = true;
    if (JSON.stringify(fresh) === JSON.stringify(policy)) return;
    policy = fresh;
    emit();
  };

  // A change heard while the first read is on its way is newer than what that read returns (a
  // worker woken by the very write that changes the settings reads the old value).
  let userChanged = false;
  const stopUser = userSettings.watch((value) => {
    userChanged = true;
    user = value ?? {};
    emit();
  });
  // The background read the policy (it looks again after a forced install: lib/background/service.ts).
  const stopCache = policyCache.watch((value) => {
    if (value) void refreshPolicy();
  });
  // Managed storage reports its changes under the policy's own keys, not one key of ours.
  const onManagedChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') void refreshPolicy();
  };
  browser.storage.onChanged.addListener(onManagedChanged);
  signal.addEventListener(
    'abort',
    () => {
      stopUser();
      stopCache();
      browser.storage.onChanged.removeListener(onManagedChanged);
    },
    { once: true },
  );

  void Promise.all([userSettings.get(), policyCache.get()]).then(([stored, cached]) => {
    if (!userChanged) user = stored;
    if (!policyRead) policy = cached;
    emit();
    void refreshPolicy();
  });
}

/** Saves one user value after validating it; returns why it was refused, if it was. */
export async function saveUserSetting<K extends SettingKey>(key: K, raw: unknown): Promise<Rejection[]> {
  const rejected: Rejection[] = [];
  const parsed = parseSetting(key, raw, 'user', rejected);
  if (!parsed.ok) return [...rejected, { source: 'user', key, value: String(raw), reason: parsed.reason }];
  const current = await userSettings.get();
  // Whatever else is stored stays (still reported if invalid); a stored value that is not an
  // object at all (an array, a string) held nothing usable.
  const usable = typeof current === 'object' && current !== null && !Array.isArray(current);
  const next = { ...(usable ? current : {}), [key]: parsed.value };
  await userSettings.set(next);
  return rejected;
}

export type { EffectiveSettings, Settings };
