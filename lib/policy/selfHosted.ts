import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Crx3, readCrx3 } from './crx3';
import type { SigningKey } from './signingKey';
import { el, xmlDocument } from './xml';

/**
 * The self-hosted Chrome/Edge/Chromium package: a copy of the store build whose manifest names the
 * signing key and the update manifest, packed as a signed CRX3 by Chromium's own packer
 * (`--pack-extension`), and the gupdate `updates.xml` that points at it.
 *
 * Packer: Chromium's, because it is the reference CRX3 writer, already installed for the tests,
 * and adds no dependency. The npm `crx3` package needs Node 22 (we run 20); `crx` is unmaintained.
 */

// Oldest Chromium the build runs on: Element.checkVisibility's visibilityProperty option (121);
// content scripts with match_origin_as_fallback need 119 and world: 'MAIN' 111.
export const MIN_CHROME_VERSION = '121.0';

export interface SelfHostedUrls {
  updateUrl: string;
  crxUrl: string;
  crxName: string;
}

function baseFolder(baseUrl: string): URL {
  const url = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--base-url must be http(s): ${baseUrl}`);
  return url;
}

/** The update manifest's address: the one URL every policy snippet names. */
export function updateManifestUrl(baseUrl: string): string {
  return new URL('updates.xml', baseFolder(baseUrl)).href;
}

/** Where policies.json expects the Mozilla-signed XPI (renamed to this name on the server). */
export function signedXpiUrl(baseUrl: string): string {
  return new URL('shikaku-alert.xpi', baseFolder(baseUrl)).href;
}

/** Where the administrator's server serves the two files; baseUrl is the folder holding them. */
export function selfHostedUrls(baseUrl: string, version: string): SelfHostedUrls {
  const crxName = `shikaku-alert-${version}.crx`;
  return { updateUrl: updateManifestUrl(baseUrl), crxUrl: new URL(crxName, baseFolder(baseUrl)).href, crxName };
}

export function updatesXml(options: { appId: string; codebase: string; version: string; prodversionmin: string }): string {
  return xmlDocument(
    el('gupdate', { xmlns: 'http://www.google.com/update2/response', protocol: '2.0' }, [
      el('app', { appid: options.appId }, [
        el('updatecheck', { codebase: options.codebase, version: options.version, prodversionmin: options.prodversionmin }),
      ]),
    ]),
  );
}

/**
 * Copies a build and points its manifest at the signing key (so an unpacked copy has the CRX's
 * ID too; a key that differed would be replaced by the CRX's at install) and at the update manifest.
 */
export function prepareSelfHostedBuild(
  buildDir: string,
  destDir: string,
  options: { key: SigningKey; updateUrl: string; version?: string },
): Record<string, unknown> {
  cpSync(buildDir, destDir, { recursive: true });
  const file = path.join(destDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const updated = { ...manifest, key: options.key.manifestKey, update_url: options.updateUrl, version: options.version ?? manifest.version };
  writeFileSync(file, JSON.stringify(updated, null, 2));
  return updated;
}

/** Packs an extension folder with Chromium and checks the result's signature and ID. */
export function packCrx(options: { chromium: string; extensionDir: string; key: SigningKey; outFile: string }): Crx3 {
  const work = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-pack-'));
  try {
    // Chromium writes <folder>.crx next to the folder: pack a copy inside our own work folder.
    const folder = path.join(work, 'extension');
    cpSync(options.extensionDir, folder, { recursive: true });
    const keyFile = path.join(work, 'key.pem');
    writeFileSync(keyFile, options.key.privatePem, { mode: 0o600 });
    const args = ['--headless', '--no-sandbox', `--user-data-dir=${path.join(work, 'profile')}`];
    const result = spawnSync(options.chromium, [...args, `--pack-extension=${folder}`, `--pack-extension-key=${keyFile}`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (!existsSync(`${folder}.crx`)) {
      throw new Error(`${options.chromium} --pack-extension wrote no CRX (exit ${result.status}):\n${result.stderr}`);
    }
    const bytes = readFileSync(`${folder}.crx`);
    const crx = readCrx3(bytes);
    if (crx.id !== options.key.id) throw new Error(`The CRX has ID ${crx.id}, the key ${options.key.id}.`);
    mkdirSync(path.dirname(options.outFile), { recursive: true });
    writeFileSync(options.outFile, bytes);
    return crx;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface SelfHostedRelease {
  id: string;
  version: string;
  crxFile: string;
  updatesFile: string;
  urls: SelfHostedUrls;
}

/** Writes <outDir>/shikaku-alert-<version>.crx and <outDir>/updates.xml for one build. */
export function writeSelfHosted(options: {
  buildDir: string;
  outDir: string;
  key: SigningKey;
  baseUrl: string;
  chromium: string;
  /** Overrides the build's version (tests: an update). */
  version?: string;
}): SelfHostedRelease {
  const buildVersion = JSON.parse(readFileSync(path.join(options.buildDir, 'manifest.json'), 'utf8')).version as string;
  const version = options.version ?? buildVersion;
  const urls = selfHostedUrls(options.baseUrl, version);
  const staging = mkdtempSync(path.join(tmpdir(), 'shikaku-alert-self-hosted-'));
  try {
    const extensionDir = path.join(staging, 'build');
    prepareSelfHostedBuild(options.buildDir, extensionDir, { key: options.key, updateUrl: urls.updateUrl, version });
    const crxFile = path.join(options.outDir, urls.crxName);
    const crx = packCrx({ chromium: options.chromium, extensionDir, key: options.key, outFile: crxFile });
    const updatesFile = path.join(options.outDir, 'updates.xml');
    writeFileSync(updatesFile, updatesXml({ appId: crx.id, codebase: urls.crxUrl, version, prodversionmin: MIN_CHROME_VERSION }));
    return { id: crx.id, version, crxFile, updatesFile, urls };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
