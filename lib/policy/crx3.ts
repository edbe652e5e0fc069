import { createHash, createPublicKey, verify } from 'node:crypto';
import { extensionId } from './extensionId';

/**
 * Reads a CRX3 file and checks it as Chromium does before installing it: the header's signed data
 * names a CRX ID, a SHA-256 RSA proof by the key with that ID signs header and archive. Used by the
 * release (to check what the packer wrote) and by the tests (the CRX's own ID).
 *
 * Format (components/crx_file/crx3.proto): "Cr24", version 3, header length, CrxFileHeader, ZIP.
 */

export interface Crx3 {
  id: string;
  /** base64 DER public key of the proof that matches the ID. */
  publicKey: string;
  archive: Buffer;
}

interface Field {
  number: number;
  bytes: Buffer;
}

function varint(buffer: Buffer, offset: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (let i = offset; i < buffer.length; i++) {
    const byte = buffer[i] as number;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, i + 1];
  }
  throw new Error('CRX header: truncated varint');
}

/** The length-delimited fields of one protobuf message (all the CRX header uses). */
function fields(message: Buffer): Field[] {
  const out: Field[] = [];
  let offset = 0;
  while (offset < message.length) {
    const [tag, afterTag] = varint(message, offset);
    if ((tag & 7) !== 2) throw new Error(`CRX header: unexpected wire type ${tag & 7}`);
    const [length, start] = varint(message, afterTag);
    if (start + length > message.length) throw new Error('CRX header: truncated field');
    out.push({ number: Math.floor(tag / 8), bytes: message.subarray(start, start + length) });
    offset = start + length;
  }
  return out;
}

const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'latin1');

export function readCrx3(file: Buffer): Crx3 {
  if (file.subarray(0, 4).toString('latin1') !== 'Cr24') throw new Error('Not a CRX file (no "Cr24" magic).');
  if (file.readUInt32LE(4) !== 3) throw new Error(`CRX version ${file.readUInt32LE(4)}, expected 3.`);
  const headerLength = file.readUInt32LE(8);
  const header = file.subarray(12, 12 + headerLength);
  const archive = file.subarray(12 + headerLength);
  const headerFields = fields(header);
  const signedData = headerFields.find((f) => f.number === 10000)?.bytes;
  const crxId = signedData ? fields(signedData).find((f) => f.number === 1)?.bytes : undefined;
  if (!signedData || !crxId) throw new Error('CRX header has no signed CRX ID.');
  const sizeLE = Buffer.alloc(4);
  sizeLE.writeUInt32LE(signedData.length);
  const signed = Buffer.concat([SIGNATURE_CONTEXT, sizeLE, signedData, archive]);
  for (const proof of headerFields.filter((f) => f.number === 2)) {
    const parts = fields(proof.bytes);
    const publicKey = parts.find((f) => f.number === 1)?.bytes;
    const signature = parts.find((f) => f.number === 2)?.bytes;
    if (!publicKey || !signature) continue;
    if (!createHash('sha256').update(publicKey).digest().subarray(0, 16).equals(crxId)) continue;
    const key = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
    if (!verify('sha256', signed, key, signature)) throw new Error('CRX signature does not verify.');
    const base64 = publicKey.toString('base64');
    return { id: extensionId(base64), publicKey: base64, archive };
  }
  throw new Error('CRX has no RSA proof by the key its ID names.');
}
