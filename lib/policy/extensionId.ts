import { createHash } from 'node:crypto';

/**
 * Chromium derives an extension's ID from its public key, so a build that carries the manifest
 * `key` keeps one ID on every PC, and policy files (which name the extension by ID) keep working.
 */

/** The manifest `key`: the base64 DER SubjectPublicKeyInfo between the PEM armour lines. */
export function manifestKey(pem: string): string {
  const match = /-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----/.exec(pem);
  if (!match?.[1]) throw new Error('Expected a PEM public key ("-----BEGIN PUBLIC KEY-----").');
  return match[1].replace(/\s+/g, '');
}

/** SHA-256 of the DER key; the first 32 hex digits, with 0–f written as a–p. */
export function extensionId(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export function isExtensionId(value: string): boolean {
  return /^[a-p]{32}$/.test(value);
}
