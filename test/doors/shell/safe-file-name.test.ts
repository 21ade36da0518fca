import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../src/doors/shell/safe-file-name.js';

describe('a file name that is safe to write and to print', () => {
  it.each([
    ['deltagare.csv', 'deltagare.csv'],
    ['Framtidsforum 2027 – deltagare.xlsx', 'Framtidsforum 2027 – deltagare.xlsx'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\boot.ini', 'boot.ini'],
    ['/absolut/sökväg.csv', 'absolut-sökväg.csv'],
    ['.bashrc', 'bashrc'],
    ['...', 'file'],
    ['', 'file'],
    ['-rf.csv', 'rf.csv'],
    ['lista\u001b[2J\u0007.csv', 'lista[2J.csv'],
    ['rad\nbrytning\t.csv', 'radbrytning.csv'],
    ['\u202egpj.exe', 'gpj.exe'],
    ['a:b*c?.csv', 'a-b-c-.csv'],
    ['CON.txt', '_CON.txt'],
    ['slut. ', 'slut'],
  ])('%j becomes %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('shortens a long name but keeps its extension', () => {
    const name = safeFileName(`${'å'.repeat(300)}.xlsx`);
    expect(name.endsWith('.xlsx')).toBe(true);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
  });
});
