import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from '../chromium/extension';
import { expect, FIREFOX_EXTENSION_DIR, test } from './extension';

// WebDriver BiDi will not open moz-extension:// pages, so the popup, options and slip pages cannot
// be driven in Firefox. They need not be: the Firefox build ships the very files the Chromium
// tests exercise (popup, options, slip, background, content scripts, messages, icons); only the
// manifest and Chromium's managed-storage schema differ.
const BROWSER_SPECIFIC = ['manifest.json', 'managed_schema.json'];

function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(path.join(dir, file)).isFile() && !BROWSER_SPECIFIC.includes(file))
      .map((file) => [file, readFileSync(path.join(dir, file))]),
  );
}

test('the Firefox build ships the same pages and scripts as the Chromium build, byte for byte', () => {
  const chromium = files(EXTENSION_DIR);
  const firefox = files(FIREFOX_EXTENSION_DIR);
  expect([...firefox.keys()].sort(), 'the same files').toEqual([...chromium.keys()].sort());
  const differing = [...firefox].filter(([file, content]) => !content.equals(chromium.get(file) as Buffer)).map(([file]) => file);
  expect(differing, 'files whose content differs').toEqual([]);
  expect(firefox.has('popup.html') && firefox.has('options.html'), 'popup and options pages present').toBe(true);
});
