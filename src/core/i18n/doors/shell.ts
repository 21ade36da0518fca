import { defineMessages } from '../define-messages.js';

/** Words the shell door adds itself (the core's replies carry their own). */
export const shellDoorMessages = defineMessages(
  {
    'shell.dateFormat': '(ÅÅÅÅ-MM-DD)',
    'shell.dateInvalid': 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-09.',
    'shell.dateNoSuchMonth': '{date} finns inte: månaden ska vara 01–12.',
    'shell.dateNoSuchDay': '{date} finns inte: {month} {year} har {days} dagar.',
    'shell.timeFormat': '(TT:MM)',
    'shell.timeInvalid': 'Skriv tiden som TT:MM med 24 timmar, till exempel 09:30 eller 14:00.',
    'shell.pickNumber': 'Välj en siffra från 1 till {count}.',
    'shell.lines': '(flera rader; avsluta med en tom rad)',
    'shell.keepBelow': '(Enter behåller texten nedan)',
    'shell.keepBelowOrClear': '(Enter behåller texten nedan, - tömmer)',
    'shell.fileUsage': 'Skriv *fil* och sökvägen till filen, till exempel: fil data/inbjudna.csv',
    'shell.fileMissing': 'Jag hittar ingen fil som heter ”{path}”.',
    'shell.fileIsFolder': '”{path}” är en mapp. Skriv sökvägen till en fil i den.',
    'shell.fileNotFile': '”{path}” är ingen vanlig fil.',
    'shell.fileTooBig': '”{name}” är för stor ({size}). Filen får vara högst {max}.',
    'shell.fileUnreadable': 'Jag kan inte läsa ”{path}” ({reason}).',
    'shell.fileNotSaved': 'Filen {name} kunde inte sparas i {dir} ({reason}).',
  },
  {
    'shell.dateFormat': '(YYYY-MM-DD)',
    'shell.dateInvalid': 'Write the date as YYYY-MM-DD, for example 2027-03-09.',
    'shell.dateNoSuchMonth': '{date} does not exist: the month must be 01–12.',
    'shell.dateNoSuchDay': '{date} does not exist: {month} {year} has {days} days.',
    'shell.timeFormat': '(HH:MM)',
    'shell.timeInvalid':
      'Write the time as HH:MM on the 24-hour clock, for example 09:30 or 14:00.',
    'shell.pickNumber': 'Choose a number from 1 to {count}.',
    'shell.lines': '(several lines; end with an empty line)',
    'shell.keepBelow': '(Enter keeps the text below)',
    'shell.keepBelowOrClear': '(Enter keeps the text below, - clears)',
    'shell.fileUsage': 'Type *file* and the path to the file, for example: file data/invitees.csv',
    'shell.fileMissing': 'I cannot find a file called “{path}”.',
    'shell.fileIsFolder': '“{path}” is a folder. Type the path to a file in it.',
    'shell.fileNotFile': '“{path}” is not a regular file.',
    'shell.fileTooBig': '“{name}” is too big ({size}). A file may be at most {max}.',
    'shell.fileUnreadable': 'I cannot read “{path}” ({reason}).',
    'shell.fileNotSaved': 'Could not save the file {name} in {dir} ({reason}).',
  },
);
