import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extensionId, isExtensionId, manifestKey } from '../../lib/policy/extensionId';
import { releaseExtensionId, releaseManifestKey } from '../../lib/policy/identity';

// The expected IDs were computed independently of lib/policy/extensionId.ts, with
//   openssl pkey -pubin -in KEY.pem -outform DER | sha256sum | head -c32 | tr 0-9a-f a-p
// They are public interface: administrators' policy files name the extension by them.
const RELEASE_ID = 'ccmlljellanhgnflgmigapaalcnelenj';
const POLICY_TEST_ID = 'fnbbhlolnboaodcdiihooihjongobcnk';

describe('extension IDs', () => {
  it('gives the release build the documented ID', () => {
    expect(releaseExtensionId()).toBe(RELEASE_ID);
  });

  it('gives the policy tests’ key its own ID', () => {
    const pem = readFileSync(new URL('../fixtures/policy/test-key.pub.pem', import.meta.url), 'utf8');
    expect(extensionId(manifestKey(pem))).toBe(POLICY_TEST_ID);
  });

  it('puts the key into the manifest as one line of base64', () => {
    expect(releaseManifestKey()).toMatch(/^MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA[A-Za-z0-9+/]+=*$/);
  });

  it('refuses anything that is not a PEM public key', () => {
    expect(() => manifestKey('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----')).toThrow();
    expect(() => manifestKey('not a key')).toThrow();
  });

  it('recognises IDs: 32 letters a–p', () => {
    expect(isExtensionId(RELEASE_ID)).toBe(true);
    expect(isExtensionId('ccmlljellanhgnflgmigapaalcnelenq')).toBe(false);
    expect(isExtensionId('ccmlljellanhgnflgmigapaalcnelen')).toBe(false);
  });
});
