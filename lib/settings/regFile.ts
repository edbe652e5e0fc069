/**
 * Windows registry files as regedit imports them: "Windows Registry Editor Version 5.00", UTF-16LE
 * with a byte-order mark, CRLF line ends. Pure, so the options page can build one without network.
 */

export type RegValue = { type: 'dword'; value: number } | { type: 'sz'; value: string };

export interface RegKey {
  /** Full path, e.g. HKEY_LOCAL_MACHINE\SOFTWARE\Policies\… */
  path: string;
  /** Delete the key (and its values) first, so values a former file wrote do not linger. */
  replace?: boolean;
  values: readonly (readonly [name: string, value: RegValue])[];
}

export const REG_HEADER = 'Windows Registry Editor Version 5.00';

function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** REG_SZ with a line break or other control character cannot be quoted: write its bytes (hex(1)). */
function stringData(text: string): string {
  const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  if (units.every((code) => code >= 0x20)) return quoted(text);
  // UTF-16LE code units and the terminating NUL, as regedit writes REG_SZ in hex.
  const bytes = [...units, 0].flatMap((code) => [code & 0xff, code >> 8].map((b) => b.toString(16).padStart(2, '0')));
  return `hex(1):${bytes.join(',')}`;
}

function valueLine(name: string, value: RegValue): string {
  if (value.type === 'sz') return `${quoted(name)}=${stringData(value.value)}`;
  if (!Number.isInteger(value.value) || value.value < 0 || value.value > 0xffffffff) {
    throw new Error(`REG_DWORD ${name} must be an integer from 0 to 4294967295, not ${value.value}.`);
  }
  return `${quoted(name)}=dword:${value.value.toString(16).padStart(8, '0')}`;
}

export function regFileText(keys: readonly RegKey[]): string {
  const lines = [REG_HEADER, ''];
  for (const key of keys) {
    if (key.replace) lines.push(`[-${key.path}]`, '');
    lines.push(`[${key.path}]`, ...key.values.map(([name, value]) => valueLine(name, value)), '');
  }
  return lines.join('\r\n');
}

/** The bytes regedit expects: BOM FF FE, then UTF-16LE. */
export function regFileBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}
