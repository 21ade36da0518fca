import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../../src/doors/teams/content-disposition.js';

describe('contentDisposition', () => {
  it('gives the UTF-8 name and an ASCII one without accents', () => {
    expect(contentDisposition('Gästlista Örebro.csv')).toBe(
      `attachment; filename="Gastlista Orebro.csv"; filename*=UTF-8''G%C3%A4stlista%20%C3%96rebro.csv`,
    );
  });

  it('lets no name end the header or the quoted string', () => {
    const header = contentDisposition('a"b\\c;d\r\nSet-Cookie: x=1.ics');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="a_b_c_d__Set-Cookie: x=1\.ics"; filename\*=/);
  });

  it('percent-encodes what RFC 8187 does not allow bare', () => {
    expect(contentDisposition("it's (1)*.txt")).toContain(
      `filename*=UTF-8''it%27s%20%281%29%2A.txt`,
    );
  });

  it('falls back to a neutral name when nothing ASCII is left', () => {
    expect(contentDisposition('日本.csv')).toMatch(/^attachment; filename="__\.csv"/);
    expect(contentDisposition('')).toMatch(/^attachment; filename="download"/);
  });
});
