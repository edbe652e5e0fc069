import type { Settings } from './definition';

/** The pages the content script runs on (the site rules below narrow them down). */
export const CONTENT_SCRIPT_MATCHES = ['http://*/*', 'https://*/*'];

/**
 * Site rules of the settings: an entry is a hostname ("receipt.example.jp"), a wildcard hostname
 * ("*.example.jp", which also covers example.jp), or a match pattern ("https://*.example.jp/*").
 */

function hostMatches(host: string, rule: string): boolean {
  const [ruleHost = '', rulePort] = rule.toLowerCase().split(':');
  const [actualHost = '', actualPort] = host.toLowerCase().split(':');
  if (rulePort !== undefined && rulePort !== actualPort) return false;
  if (ruleHost === '*') return true;
  if (ruleHost.startsWith('*.')) {
    const base = ruleHost.slice(2);
    return actualHost === base || actualHost.endsWith(`.${base}`);
  }
  return actualHost === ruleHost;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export function siteMatches(url: URL, entry: string): boolean {
  const pattern = /^(\*|https?):\/\/([^/]+)(\/.*)$/i.exec(entry);
  if (!pattern) return hostMatches(url.host, entry);
  const [, scheme = '', host = '', path = ''] = pattern;
  if (scheme !== '*' && `${scheme.toLowerCase()}:` !== url.protocol) return false;
  return hostMatches(url.host, host) && globToRegExp(path).test(url.pathname + url.search);
}

export function isActiveOn(settings: Settings, url: URL): boolean {
  if (!settings.enabled) return false;
  if (settings.siteAllowlist.length > 0 && !settings.siteAllowlist.some((e) => siteMatches(url, e))) return false;
  return !settings.siteBlocklist.some((e) => siteMatches(url, e));
}
