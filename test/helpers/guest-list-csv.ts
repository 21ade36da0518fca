import { municipalities } from '../../src/core/guests/municipalities.js';

const types = [
  'Kommun',
  'Region',
  'Statlig myndighet',
  'Universitet',
  'Näringsliv',
  'Civilsamhälle',
];
const genders = ['kvinna', 'man', ''];

/**
 * A guest list as Swedish Excel saves "CSV (semikolonavgränsad)": `;`, CRLF, quotes where a
 * cell needs them. `count` invitees with addresses guest1@… guestN@….
 */
export function guestListCsv(count: number, extraRows: string[] = []): string {
  const lines = ['Namn;E-post;Organisation;Organisationstyp;Kommun;Roll;Kön'];
  for (let n = 1; n <= count; n++) {
    const municipality = municipalities[n % municipalities.length] as string;
    const type = types[n % types.length] as string;
    const organisation = type === 'Kommun' ? `${municipality} kommun` : `Organisation ${n % 20}`;
    lines.push(
      [
        `Gäst ${n}`,
        `guest${n}@example.se`,
        organisation,
        type,
        type === 'Kommun' ? municipality : '',
        '"Chef; strategi"',
        genders[n % genders.length],
      ].join(';'),
    );
  }
  return `${[...lines, ...extraRows].join('\r\n')}\r\n`;
}

export const base64 = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64');
