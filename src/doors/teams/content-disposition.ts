/**
 * `Content-Disposition` for a download named by anyone (an export "Gästlista Örebro.csv"):
 * the UTF-8 name in `filename*` (RFC 6266/8187) for every current browser, and an ASCII
 * `filename` for the rest, with accents dropped and anything that could end the header
 * value or the quoted string replaced.
 */
export function contentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]|["\\%;]/g, '_')
      .trim() || 'download';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
