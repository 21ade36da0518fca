import { deflateRawSync } from 'node:zlib';

/**
 * One file in the archive. The name is a path with `/` between folders
 * (`xl/worksheets/sheet1.xml`); ZIP needs no separate entries for the folders themselves.
 * A Teams app package keeps every file at the root; an xlsx workbook needs folders.
 */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

// CRC-32 (IEEE, as ZIP uses). zlib.crc32 only exists from Node 20.15, and we support Node 20.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// A fixed timestamp (1980-01-01 00:00, the earliest DOS date) makes the same inputs give the
// same bytes, so a rebuilt package only differs when its content does.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Builds a ZIP archive in memory: local headers, then the central directory, then the end
 * record. Deflates each entry unless that would not make it smaller (PNGs are already
 * compressed), in which case it is stored. No ZIP64: an app package or a guest list is a few
 * kilobytes, so anything near ZIP's 4 GiB and 65,535-entry limits is refused, not corrupted.
 */
export function writeZip(entries: ZipEntry[]): Buffer {
  checkNames(entries.map((e) => e.name));
  const locals: Uint8Array[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    // Bit 11 tells unzip tools the name is UTF-8; only needed when it is not plain ASCII.
    const flags = nameBytes.length === name.length ? 0 : 0x0800;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8); // method: 0 store, 8 deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS attributes
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // 30 extra length, 32 comment length, 34 disk, 36 internal and 38 external attributes: 0
    central.writeUInt32LE(offset, 42); // where this entry's local header starts
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }

  const directory = Buffer.concat(centrals);
  if (entries.length > 0xffff || offset + directory.length > 0xffffffff) {
    throw new RangeError('too large for a ZIP archive without ZIP64');
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  // 4 this disk, 6 disk with the directory: 0
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in total
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16); // where the central directory starts
  // 20 comment length: 0
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Names an unzip tool would refuse or put somewhere unexpected are a bug in the caller: an
 * absolute path or `..` could land outside the folder it is unpacked in (zip slip), `\` is
 * not a ZIP separator, and a second entry with the same name hides the first.
 */
function checkNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const parts = name.split('/');
    if (name.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..')) {
      throw new RangeError(`not a relative path with / between folders: "${name}"`);
    }
    if (seen.has(name)) throw new RangeError(`two entries named "${name}"`);
    seen.add(name);
  }
}
