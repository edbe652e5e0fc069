import { describe, expect, test } from 'vitest';
import { reproducibleZip } from '../../scripts/release/reproducible';
import { dosDateTime, readZip, writeZip, type ZipEntry } from '../../scripts/release/zip';

const COMMIT = new Date('2026-11-25T12:08:05Z');
const files: ZipEntry[] = [
  { name: 'manifest.json', data: Buffer.from('{"name":"x"}\n') },
  { name: 'content-scripts/content.js', data: Buffer.from('console.log(1);\n'.repeat(200)) },
  { name: '_locales/ja/messages.json', data: Buffer.from('{"extName":{"message":"資格アラート"}}') },
  { name: 'icon/16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
];

describe('reproducible zip writer', () => {
  test('the same files in another order give the same bytes', () => {
    const a = writeZip(files, COMMIT);
    const b = writeZip([...files].reverse(), COMMIT);
    expect(a.equals(b)).toBe(true);
  });

  test('entries are sorted by name and read back unchanged', () => {
    const read = readZip(writeZip(files, COMMIT));
    expect(read.map((entry) => entry.name)).toEqual(['_locales/ja/messages.json', 'content-scripts/content.js', 'icon/16.png', 'manifest.json']);
    for (const entry of files) expect(read.find((r) => r.name === entry.name)?.data.equals(entry.data)).toBe(true);
  });

  test('the date is the one given, in UTC, whatever the machine time zone', () => {
    expect(dosDateTime(COMMIT)).toEqual({ date: ((2026 - 1980) << 9) | (11 << 5) | 25, time: (12 << 11) | (8 << 5) | 2 });
    expect(writeZip(files, COMMIT).equals(writeZip(files, new Date('2026-11-26T00:00:00Z')))).toBe(false);
  });

  test('a zip written at another time and order is rewritten to the same bytes', () => {
    const built = writeZip([...files].reverse(), new Date());
    const builtLater = writeZip(files, new Date('2030-01-01T00:00:00Z'));
    expect(reproducibleZip(built, COMMIT).equals(reproducibleZip(builtLater, COMMIT))).toBe(true);
    expect(reproducibleZip(built, COMMIT).equals(writeZip(files, COMMIT))).toBe(true);
  });

  test('one changed byte changes the archive', () => {
    const changed = files.map((entry) => (entry.name === 'manifest.json' ? { ...entry, data: Buffer.from('{"name":"y"}\n') } : entry));
    expect(writeZip(changed, COMMIT).equals(writeZip(files, COMMIT))).toBe(false);
  });

  test('refuses duplicate or unsafe names and detects corrupted data', () => {
    expect(() => writeZip([...files, files[0] as ZipEntry], COMMIT)).toThrow(/Two zip entries/);
    expect(() => writeZip([{ name: '/etc/passwd', data: Buffer.alloc(1) }], COMMIT)).toThrow(/Not a file path/);
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('abcdefgh') }], COMMIT);
    // The stored (uncompressed) data starts after the 30-byte header and the 5-byte name.
    zip[35] = 0x7a;
    expect(() => readZip(zip)).toThrow(/CRC mismatch/);
  });
});
