import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../lib/settings/definition';
import { isActiveOn, siteMatches } from '../../lib/settings/sites';

const url = (href: string) => new URL(href);

describe('siteMatches', () => {
  it.each([
    ['https://receipt.example.jp/list', 'receipt.example.jp', true],
    ['https://receipt.example.jp/list', 'example.jp', false],
    ['https://a.receipt.example.jp/', '*.example.jp', true],
    ['https://example.jp/', '*.example.jp', true],
    ['https://badexample.jp/', '*.example.jp', false],
    ['http://127.0.0.1:8765/x', '127.0.0.1:8765', true],
    ['http://127.0.0.1:8080/x', '127.0.0.1:8765', false],
    ['https://receipt.example.jp/app/list?page=2', 'https://receipt.example.jp/app/*', true],
    ['https://receipt.example.jp/help', 'https://receipt.example.jp/app/*', false],
    ['http://receipt.example.jp/app/', 'https://receipt.example.jp/*', false],
    ['http://receipt.example.jp/app/', '*://*.example.jp/*', true],
  ])('%s against %s → %s', (href, entry, expected) => {
    expect(siteMatches(url(href), entry)).toBe(expected);
  });
});

describe('isActiveOn', () => {
  const on = defaultSettings();
  it('runs everywhere by default', () => {
    expect(isActiveOn(on, url('https://any.example.jp/'))).toBe(true);
  });
  it('stops when turned off', () => {
    expect(isActiveOn({ ...on, enabled: false }, url('https://any.example.jp/'))).toBe(false);
  });
  it('honours the allowlist, then the blocklist', () => {
    const s = { ...on, siteAllowlist: ['*.clinic.example.jp'], siteBlocklist: ['help.clinic.example.jp'] };
    expect(isActiveOn(s, url('https://receipt.clinic.example.jp/'))).toBe(true);
    expect(isActiveOn(s, url('https://help.clinic.example.jp/'))).toBe(false);
    expect(isActiveOn(s, url('https://news.example.jp/'))).toBe(false);
  });
});
