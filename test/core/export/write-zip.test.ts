import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, writeZip } from '../../../src/core/export/write-zip.js';
import { readZip } from '../../manifests/read-zip.js';

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  // zlib.crc32 exists from Node 20.15; compare with it where it is there.
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  it.skipIf(!native)('agrees with zlib.crc32', () => {
    const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31) & 0xff));
    expect(crc32(data)).toBe(native!(data));
  });
});

describe('writeZip', () => {
  const text = Buffer.from('forum '.repeat(200));
  const noise = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) & 0xff));

  it('round-trips entries, deflating what shrinks and storing what does not', () => {
    const files = readZip(
      writeZip([
        { name: 'a.txt', data: text },
        { name: 'b.bin', data: noise },
      ]),
    );
    expect(files.map((f) => [f.name, f.method])).toEqual([
      ['a.txt', 8],
      ['b.bin', 0],
    ]);
    expect(files[0]!.data.equals(text)).toBe(true);
    expect(files[1]!.data.equals(noise)).toBe(true);
    for (const f of files) expect(f.crc).toBe(crc32(f.data));
  });

  it('is reproducible: the same entries give the same bytes', () => {
    const entries = [{ name: 'a.txt', data: text }];
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  it('marks non-ASCII names as UTF-8', () => {
    const zip = writeZip([{ name: 'anmälan.txt', data: text }]);
    expect(zip.readUInt16LE(6) & 0x0800).toBe(0x0800);
    expect(readZip(zip)[0]!.name).toBe('anmälan.txt');
  });
});

describe('writeZip with folders', () => {
  it('keeps folder paths in entry names, as an xlsx workbook needs', () => {
    const entries = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: new TextEncoder().encode('<worksheet/>') },
    ];
    const files = readZip(writeZip(entries));
    expect(files.map((f) => [f.name, f.data.toString('utf8')])).toEqual([
      ['[Content_Types].xml', '<Types/>'],
      ['xl/worksheets/sheet1.xml', '<worksheet/>'],
    ]);
  });

  it('refuses names that unzip would put elsewhere, and the same name twice', () => {
    const data = Buffer.from('x');
    for (const name of ['/etc/passwd', '../x', 'a/../../x', 'a\\b', 'a//b', 'a/', '', './a']) {
      expect(() => writeZip([{ name, data }]), name).toThrow(RangeError);
    }
    expect(() =>
      writeZip([
        { name: 'a/b', data },
        { name: 'a/b', data },
      ]),
    ).toThrow('two entries named "a/b"');
  });
});
