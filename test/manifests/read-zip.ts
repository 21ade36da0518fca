import { inflateRawSync } from 'node:zlib';

export interface ZipFile {
  name: string;
  method: number;
  crc: number;
  data: Buffer;
}

/**
 * Reads a ZIP the way unzip tools do: find the end record, walk the central directory, then
 * follow each entry's offset to its local header and data.
 */
export function readZip(zip: Buffer): ZipFile[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let o = zip.readUInt32LE(end + 16);
  const files: ZipFile[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(o) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const method = zip.readUInt16LE(o + 10);
    const crc = zip.readUInt32LE(o + 16);
    const size = zip.readUInt32LE(o + 20);
    const nameLength = zip.readUInt16LE(o + 28);
    const skip = nameLength + zip.readUInt16LE(o + 30) + zip.readUInt16LE(o + 32);
    const local = zip.readUInt32LE(o + 42);
    const name = zip.toString('utf8', o + 46, o + 46 + nameLength);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    files.push({
      name,
      method,
      crc,
      data: method === 8 ? inflateRawSync(body) : Buffer.from(body),
    });
    o += 46 + skip;
  }
  return files;
}
