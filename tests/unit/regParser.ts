/**
 * A strict reader of .reg files for the tests (regedit's "Windows Registry Editor Version 5.00"
 * format): UTF-16LE with BOM, CRLF, [key] and [-key] sections, "name"=… values of the types we
 * write. Anything else throws, so a file it reads is one regedit would read the same way.
 */

export type ParsedValue = { type: 'REG_DWORD'; value: number } | { type: 'REG_SZ'; value: string };

export interface ParsedKey {
  path: string;
  deleted: boolean;
  values: Map<string, ParsedValue>;
}

function decodeUtf16le(bytes: Uint8Array): string {
  if (bytes[0] !== 0xff || bytes[1] !== 0xfe) throw new Error('no UTF-16LE byte-order mark');
  if (bytes.length % 2 !== 0) throw new Error('odd byte count for UTF-16');
  let text = '';
  for (let i = 2; i < bytes.length; i += 2) text += String.fromCharCode((bytes[i] as number) | ((bytes[i + 1] as number) << 8));
  return text;
}

function unquote(quoted: string): string {
  return quoted.slice(1, -1).replace(/\\(.)/g, '$1');
}

function parseData(data: string): ParsedValue {
  if (/^"(?:[^"\\]|\\.)*"$/.test(data)) return { type: 'REG_SZ', value: unquote(data) };
  const dword = /^dword:([0-9a-f]{8})$/.exec(data);
  if (dword) return { type: 'REG_DWORD', value: Number.parseInt(dword[1] as string, 16) };
  const hex = /^hex\(1\):((?:[0-9a-f]{2},)*[0-9a-f]{2})$/.exec(data);
  if (hex) {
    const bytes = (hex[1] as string).split(',').map((b) => Number.parseInt(b, 16));
    const units: number[] = [];
    for (let i = 0; i < bytes.length; i += 2) units.push((bytes[i] as number) | ((bytes[i + 1] as number) << 8));
    if (units.pop() !== 0) throw new Error('hex(1) value without its terminating NUL');
    return { type: 'REG_SZ', value: String.fromCharCode(...units) };
  }
  throw new Error(`unsupported value data: ${data}`);
}

export function parseRegFile(bytes: Uint8Array): ParsedKey[] {
  const text = decodeUtf16le(bytes);
  if (/[^\r]\n/.test(text) || /\r(?!\n)/.test(text)) throw new Error('line ends must be CRLF');
  const [header, ...lines] = text.split('\r\n');
  if (header !== 'Windows Registry Editor Version 5.00') throw new Error(`bad header: ${header}`);
  const keys: ParsedKey[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const section = /^\[(-?)(HKEY_[A-Z_]+(?:\\[^\\\]]+)+)\]$/.exec(line);
    if (section) {
      keys.push({ path: section[2] as string, deleted: section[1] === '-', values: new Map() });
      continue;
    }
    const value = /^("(?:[^"\\]|\\.)*")=(.+)$/.exec(line);
    const key = keys.at(-1);
    if (!value || !key || key.deleted) throw new Error(`unexpected line: ${line}`);
    key.values.set(unquote(value[1] as string), parseData(value[2] as string));
  }
  return keys;
}
