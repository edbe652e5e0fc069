import type { Localized } from '../i18n/localized';

/**
 * Host restriction at browser level: the enterprise policy ExtensionSettings →
 * { "<extension ID>": { runtime_blocked_hosts: ["*://*"], runtime_allowed_hosts: [...] } } keeps the
 * extension (content scripts included) off every host but the listed ones, in Chrome, Edge and
 * Firefox (ESR 153 and later). Pure: the options page and the release's templates share it.
 *
 * The syntax accepted here is the intersection of what the browsers' own parsers take, narrowed
 * where a rule could not be verified (docs/security.en.md, "Restricting hosts", has the sources):
 * - Chromium parses each entry as a match pattern without a path and drops the extension's WHOLE
 *   ExtensionSettings entry when one has a path or does not parse (extension_settings_policy_handler.cc);
 *   it reads at most 100 entries per list (kMaxItemsURLPatternSet).
 * - Firefox refuses an entry with a path and then applies none of the host lists, for any extension
 *   (Policies.sys.mjs, validateExtensionGuardPatterns).
 * So one bad entry would not narrow the restriction: it would remove it. We refuse instead.
 */

/** What runtime_blocked_hosts holds: every host of every scheme. */
export const BLOCK_EVERY_HOST = '*://*';
/** Chromium reads no more than this many entries of one list (the rest are ignored). */
export const MAX_RUNTIME_HOSTS = 100;

export interface RefusedHost {
  entry: string;
  reason: Localized;
}

export interface RuntimeHosts {
  /** runtime_allowed_hosts, in the order given, without repeats. */
  allowed: string[];
  refused: RefusedHost[];
}

// A DNS name or an IPv4 address in ASCII; "*." in front only (the browsers' only host wildcard).
const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
// The forms a siteAllowlist entry takes (lib/settings/sites.ts): a match pattern, or a bare host.
const PATTERN = /^([^:/]+):\/\/([^/]*)(\/.*)?$/;

const REASONS = {
  scheme: {
    ja: 'スキームは *、http、https のどれかにしてください',
    en: 'the scheme must be *, http or https',
  },
  path: {
    ja: 'ブラウザーのホスト制限はパスを区別できません（/* 以外のパスがあると、ブラウザーはこの拡張機能の制限全体を無視します）',
    en: 'the browsers’ host restriction cannot tell paths apart (with a path other than /*, they ignore the whole restriction for this extension)',
  },
  port: {
    ja: 'ポート番号は書けません（Firefox での扱いを確かめられないため）。ホスト名だけにしてください',
    en: 'no port number (how Firefox treats one could not be verified): give the host name only',
  },
  everyHost: {
    ja: 'すべてのホストを許すことになり、制限になりません',
    en: 'it allows every host, which restricts nothing',
  },
  host: {
    ja: 'ホスト名として読めません（半角英数字・ハイフン・ドット、先頭だけ *. を使えます。日本語ドメインは xn-- 形式で）',
    en: 'not a host name (ASCII letters, digits, hyphens and dots, with *. only at the start; IDNs in xn-- form)',
  },
  tooMany: {
    ja: `ブラウザーが読むのは ${MAX_RUNTIME_HOSTS} 件までです`,
    en: `the browsers read no more than ${MAX_RUNTIME_HOSTS} entries`,
  },
} satisfies Record<string, Localized>;

/** The runtime_allowed_hosts entry for one site-list entry, or why the browsers could not use it. */
export function runtimeHostPattern(entry: string): { pattern: string } | { reason: Localized } {
  const text = entry.trim().toLowerCase();
  const match = PATTERN.exec(text);
  const scheme = match ? (match[1] as string) : '*';
  const authority = match ? (match[2] as string) : text;
  const path = match?.[3];
  if (!['*', 'http', 'https'].includes(scheme)) return { reason: REASONS.scheme };
  if (path !== undefined && path !== '/' && path !== '/*') return { reason: REASONS.path };
  if (authority.includes(':')) return { reason: REASONS.port };
  if (authority === '*' || authority === '<all_urls>' || text === '<all_urls>') return { reason: REASONS.everyHost };
  if (!HOST.test(authority)) return { reason: REASONS.host };
  return { pattern: `${scheme}://${authority}` };
}

/** runtime_allowed_hosts for a site list (siteAllowlist, or a list given at release time). */
export function runtimeHosts(entries: readonly string[]): RuntimeHosts {
  const allowed: string[] = [];
  const refused: RefusedHost[] = [];
  for (const entry of entries) {
    if (entry.trim() === '') continue;
    const result = runtimeHostPattern(entry);
    if ('reason' in result) refused.push({ entry, reason: result.reason });
    else if (!allowed.includes(result.pattern)) allowed.push(result.pattern);
  }
  if (allowed.length > MAX_RUNTIME_HOSTS) {
    for (const entry of allowed.splice(MAX_RUNTIME_HOSTS)) refused.push({ entry, reason: REASONS.tooMany });
  }
  return { allowed, refused };
}

/** One extension's entry in ExtensionSettings (the same keys in Chrome, Edge and Firefox). */
export function hostRestrictionEntry(allowed: readonly string[]) {
  return { runtime_blocked_hosts: [BLOCK_EVERY_HOST], runtime_allowed_hosts: [...allowed] };
}

/** The ExtensionSettings policy value that confines one extension to `allowed`. */
export function extensionSettingsRestriction(extensionId: string, allowed: readonly string[]) {
  return { [extensionId]: hostRestrictionEntry(allowed) };
}
