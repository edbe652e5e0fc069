// Reading and writing zip archives, the container of every store package. The writer is
// reproducible: entries sorted by name, one fixed time, fixed attributes and no extra fields, so the
// same files give the same bytes on every run (two releases of one commit have equal SHA256SUMS).
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, without a leading slash. */
  name: string;
  data: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
// "Made by" Unix (3), zip 2.0; every file a plain 0644 file, whatever the disk said.
const MADE_BY = (3 << 8) | 20;
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;

/** MS-DOS date and time of a moment, read in UTC so that the machine's time zone plays no part. */
export function dosDateTime(time: Date): { date: number; time: number } {
  const year = Math.max(1980, Math.min(2107, time.getUTCFullYear()));
  return {
    date: ((year - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate(),
    time: (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | Math.floor(time.getUTCSeconds() / 2),
  };
}

function header(fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((size, [, width]) => size + width, 0));
  let offset = 0;
  for (const [value, width] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value >>> 0, offset);
    offset += width;
  }
  return buffer;
}

/** The archive of `entries`, sorted by name, every entry dated `time`. */
export function writeZip(entries: readonly ZipEntry[], time: Date): Buffer {
  const names = new Set<string>();
  for (const { name } of entries) {
    if (!name || name.startsWith('/') || name.includes('\\') || name.endsWith('/')) throw new Error(`Not a file path for a zip: "${name}"`);
    if (names.has(name)) throw new Error(`Two zip entries named "${name}"`);
    names.add(name);
  }
  if (entries.length > 0xffff) throw new Error('Too many files for a zip without zip64');
  const { date, time: clock } = dosDateTime(time);
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of sorted) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    // Stored when compression does not help (PNGs, tiny files): as zip tools do.
    const [method, body] = deflated.length < data.length ? [DEFLATED, deflated] : [STORED, data];
    const crc = crc32(data);
    const common: [number, 2 | 4][] = [
      [20, 2],
      [UTF8_NAMES, 2],
      [method, 2],
      [clock, 2],
      [date, 2],
      [crc, 4],
      [body.length, 4],
      [data.length, 4],
      [nameBytes.length, 2],
      [0, 2],
    ];
    locals.push(header([[LOCAL_HEADER, 4], ...common]), nameBytes, body);
    centrals.push(
      header([[CENTRAL_HEADER, 4], [MADE_BY, 2], ...common, [0, 2], [0, 2], [0, 2], [FILE_ATTRIBUTES, 4], [offset, 4]]),
      nameBytes,
    );
    offset += 30 + nameBytes.length + body.length;
  }
  const central = Buffer.concat(centrals);
  if (offset + central.length > 0xffffffff) throw new Error('Archive too large for a zip without zip64');
  const end = header([
    [END_OF_CENTRAL_DIRECTORY, 4],
    [0, 2],
    [0, 2],
    [sorted.length, 2],
    [sorted.length, 2],
    [central.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...locals, central, end]);
}

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('Not a zip archive (no end of central directory)');
}

/** Every file of an archive (directory entries left out), each checked against its CRC. */
export function readZip(zip: Buffer): ZipEntry[] {
  const end = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('Broken zip central directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const body = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== STORED && method !== DEFLATED) throw new Error(`${name}: unsupported zip compression method ${method}`);
    const data = method === DEFLATED ? inflateRawSync(body) : Buffer.from(body);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data });
  }
  return entries;
}
