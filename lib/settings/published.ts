import { compilePatterns } from '../detection/patterns';
import { triggerCharacters } from '../detection/trigger';
import type { Locale } from '../i18n/localized';
import type { Settings } from './definition';
import { storedValue } from './storedValue';

/**
 * The effective settings as the background resolved them (policy > user > default, every value
 * validated: lib/settings/storage.ts), published in storage.local for the content script. Every
 * frame of every page runs the content script: it reads these plain values instead of carrying
 * the settings definition, its labels and its validation. With them, which of our message files
 * the browser reads from: the same in every part of the extension, and asking it costs the
 * content script's first result over a millisecond in Firefox (lib/i18n/translate.ts). And the
 * trigger characters of the settings' patterns: working them out costs a frame's start about
 * 10 ms (lib/detection/trigger.ts), the background pays that once.
 */
export interface Published {
  settings: Settings;
  /** Absent until the background has published (the first moments after install). */
  locale?: Locale;
  /** Absent as `locale`; a frame without them works them out itself. */
  triggerCharacters?: string;
}

const published = storedValue<unknown>('local', 'effectiveSettings', undefined);

export async function publishSettings(settings: Settings, locale: Locale): Promise<void> {
  const { patterns } = compilePatterns(settings.extraPatterns);
  await published.set({ settings, locale, triggerCharacters: triggerCharacters(patterns) } satisfies Published);
}

/**
 * Calls `onChange` with the published settings now and whenever they change. Until the background
 * has published any, the defaults: generated from the settings definition at build time
 * (wxt.config.ts), never typed twice.
 */
export function watchPublishedSettings(signal: AbortSignal, onChange: (published: Published) => void): void {
  const apply = (value: unknown) => {
    if (!signal.aborted) onChange(publishedFrom(value));
  };
  // A change heard while the first read is on its way is newer than what that read returns.
  let changed = false;
  const stop = published.watch((value) => {
    changed = true;
    apply(value);
  });
  signal.addEventListener('abort', stop, { once: true });
  const first = (value: unknown) => {
    if (!changed) apply(value);
  };
  void published.get().then(first, () => first(undefined));
}

/**
 * The background writes whole, validated objects; anything else (a foreign value) is not trusted:
 * settings that fail the check are the defaults, a language that does, unknown (the page asks),
 * and trigger characters that do, or come with such settings, unknown (the frame works them out;
 * lib/detection/trigger.ts also checks they fit the patterns).
 */
export function publishedFrom(value: unknown): Published {
  const { settings, locale, triggerCharacters } = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const valid = isSettings(settings);
  return {
    settings: valid ? settings : SETTING_DEFAULTS,
    locale: locale === 'ja' || locale === 'en' ? locale : undefined,
    triggerCharacters: valid && typeof triggerCharacters === 'string' ? triggerCharacters : undefined,
  };
}

function isSettings(value: unknown): value is Settings {
  if (typeof value !== 'object' || value === null) return false;
  return Object.keys(SETTING_DEFAULTS).every((key) => typeof (value as Record<string, unknown>)[key] === typeof SETTING_DEFAULTS[key as keyof Settings]);
}
