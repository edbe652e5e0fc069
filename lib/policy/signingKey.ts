import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extensionId } from './extensionId';

/**
 * The private key that signs the self-hosted CRX. It decides the extension ID, so an organisation
 * that signs with its own key gets its own ID, and every template must name that ID. It comes from
 * a file or an environment variable, never from the repository, and is never invented: without one
 * the release makes no CRX (a new key would be a new ID that no deployed policy names).
 */

/** Path of a PEM private key (PKCS#8 or PKCS#1). */
export const KEY_FILE_ENV = 'SHIKAKU_ALERT_CRX_KEY_FILE';
/** The PEM text itself, for CI secret stores that hand out values, not files. */
export const KEY_ENV = 'SHIKAKU_ALERT_CRX_KEY';

export interface SigningKey {
  /** PKCS#8 PEM, the form Chromium's packer reads. */
  privatePem: string;
  /** The manifest `key`: base64 DER SubjectPublicKeyInfo. */
  manifestKey: string;
  id: string;
  /** Where it came from, for messages (never the key itself). */
  source: string;
}

export function signingKeyFromPem(pem: string, source: string): SigningKey {
  let privateKey: ReturnType<typeof createPrivateKey>;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    throw new Error(`${source} is not a PEM private key: ${(error as Error).message}`);
  }
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error(`${source}: Chromium signs CRX files with RSA keys only.`);
  const manifestKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    manifestKey,
    id: extensionId(manifestKey),
    source,
  };
}

export interface KeyLookup {
  /** An explicit path (--key-file); wins over the environment. */
  keyFile?: string;
  env?: NodeJS.ProcessEnv;
  /** The repository: a key file inside it is refused (it could be committed or zipped). */
  repoRoot: string;
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The signing key, or undefined when none was given. Throws for a key that cannot be used. */
export function findSigningKey({ keyFile, env = process.env, repoRoot }: KeyLookup): SigningKey | undefined {
  const file = keyFile ?? env[KEY_FILE_ENV];
  if (file) {
    if (isInside(repoRoot, file)) {
      throw new Error(`The signing key ${file} is inside the repository: keep it outside (keys/README.md).`);
    }
    return signingKeyFromPem(readFileSync(file, 'utf8'), file);
  }
  const pem = env[KEY_ENV];
  return pem ? signingKeyFromPem(pem, `$${KEY_ENV}`) : undefined;
}
