import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPng } from './read-png.js';

const icon = (name: string) =>
  readPng(readFileSync(new URL(`../../manifests/teams/${name}`, import.meta.url)));

describe('Teams icons', () => {
  it('color.png is 192×192 and not a blank tile', () => {
    const png = icon('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let y = 0; y < png.height; y += 4)
      for (let x = 0; x < png.width; x += 4) colours.add(png.rgba(x, y).join());
    expect(colours.size).toBeGreaterThan(1);
  });

  it('outline.png is 32×32, only white and transparent pixels', () => {
    const png = icon('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    expect([4, 6]).toContain(png.colorType); // it needs an alpha channel to be transparent
    let opaque = 0;
    let clear = 0;
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const [r, g, b, a] = png.rgba(x, y);
        // Edge pixels may be partly transparent, but they must still be white.
        if (a > 0) expect([r, g, b], `pixel ${x},${y}`).toEqual([255, 255, 255]);
        if (a === 255) opaque++;
        if (a === 0) clear++;
      }
    }
    expect(opaque).toBeGreaterThan(100); // there is a mark
    expect(clear).toBeGreaterThan(100); // on a transparent background
  });
});
