import { inflateSync } from 'node:zlib';
import { crc32 } from '../../src/core/export/write-zip.js';

/** A decoded 8-bit, non-interlaced PNG: enough to check the Teams icons, nothing more. */
export interface Png {
  width: number;
  height: number;
  colorType: number;
  /** RGBA of a pixel; alpha is 255 for colour types without alpha. */
  rgba(x: number, y: number): [number, number, number, number];
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Reads the chunks (checking each CRC), inflates IDAT and undoes all five row filters. */
export function readPng(buf: Buffer): Png {
  if (!buf.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) {
    throw new Error('not a PNG');
  }
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  for (let o = 8; o < buf.length; ) {
    const length = buf.readUInt32BE(o);
    const type = buf.toString('ascii', o + 4, o + 8);
    const data = buf.subarray(o + 8, o + 8 + length);
    if (crc32(buf.subarray(o + 4, o + 8 + length)) !== buf.readUInt32BE(o + 8 + length)) {
      throw new Error(`bad CRC in ${type}`);
    }
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9]!;
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
    }
    if (type === 'IDAT') idat.push(data);
    o += 12 + length;
  }
  const channels = CHANNELS[colorType];
  if (!channels) throw new Error(`colour type ${colorType} not supported here`);

  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= channels ? px[y * stride + i - channels]! : 0;
      const b = y > 0 ? px[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? px[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`bad filter ${filter} on row ${y}`);
      px[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    colorType,
    rgba(x, y) {
      const p = px.subarray(y * stride + x * channels, y * stride + (x + 1) * channels);
      if (channels === 1) return [p[0]!, p[0]!, p[0]!, 255];
      if (channels === 2) return [p[0]!, p[0]!, p[0]!, p[1]!];
      return [p[0]!, p[1]!, p[2]!, channels === 4 ? p[3]! : 255];
    },
  };
}
