import { createHash } from 'node:crypto';
import { type PolicyObject, restrictionKeys } from './policyJson';
import { el, type XmlElement, xmlDocument } from './xml';

/**
 * A macOS configuration profile for Chrome: one payload for the com.google.Chrome domain (the
 * forced install) and one for com.google.Chrome.extensions.<ID>, the only place Chrome on macOS
 * reads an extension's policy from (there is no "3rdparty" key on macOS).
 */

const CHROME_DOMAIN = 'com.google.Chrome';

const PLIST_DOCTYPE =
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">';

/** A name-based UUID (version 5 layout), so regenerating the profile replaces the installed one. */
export function stableUuid(name: string): string {
  const bytes = createHash('sha1').update(name).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type PlistValue = boolean | number | string | readonly PlistValue[] | { [key: string]: PlistValue };

function plist(value: PlistValue): XmlElement {
  if (typeof value === 'boolean') return el(value ? 'true' : 'false');
  if (typeof value === 'number') return el('integer', {}, [String(value)]);
  if (typeof value === 'string') return el('string', {}, [value]);
  if (Array.isArray(value)) return el('array', {}, value.map(plist));
  return el(
    'dict',
    {},
    Object.entries(value).flatMap(([key, item]) => [el('key', {}, [key]), plist(item)]),
  );
}

export interface MobileconfigOptions {
  extensionId: string;
  updateUrl: string;
  values: PolicyObject;
  /** Reverse-DNS prefix of the payload identifiers. */
  identifier: string;
  /** runtime_allowed_hosts, when the templates confine the extension to a site list. */
  allowedHosts?: readonly string[];
}

export function mobileconfig({ extensionId, updateUrl, values, identifier, allowedHosts }: MobileconfigOptions): string {
  const payload = (type: string, name: string, content: Record<string, PlistValue>) => ({
    PayloadType: type,
    PayloadIdentifier: `${identifier}.${name}`,
    PayloadUUID: stableUuid(`${identifier}.${name}`),
    PayloadVersion: 1,
    PayloadDisplayName: `Shikaku Alert: ${name}`,
    ...content,
  });
  const profile = {
    PayloadContent: [
      payload(CHROME_DOMAIN, 'install', {
        ExtensionSettings: {
          [extensionId]: { installation_mode: 'force_installed', update_url: updateUrl, ...restrictionKeys(allowedHosts) },
        },
      }),
      payload(`${CHROME_DOMAIN}.extensions.${extensionId}`, 'settings', values),
    ],
    PayloadDisplayName: '資格アラート / Shikaku Alert (Google Chrome)',
    PayloadDescription: `Installs the Shikaku Alert extension (ID ${extensionId}) and sets its policy.`,
    PayloadIdentifier: identifier,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(identifier),
    PayloadVersion: 1,
  };
  return xmlDocument(el('plist', { version: '1.0' }, [plist(profile)]), PLIST_DOCTYPE);
}
