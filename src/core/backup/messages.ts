import { defineMessages } from '../i18n/define-messages.js';

export const backupMessages = defineMessages(
  {
    'backup.started': 'Säkerhetskopierar… Du får ett meddelande när kopian är klar.',
    'backup.done.title': 'Säkerhetskopian är klar',
    'backup.done': 'Filen {name} ({size}) ligger i säkerhetskopiornas mapp på servern.',
    'backup.failed':
      'Säkerhetskopieringen misslyckades. Inget har ändrats i databasen; felet står i loggen.',
  },
  {
    'backup.started': 'Backing up… You will get a message when the copy is ready.',
    'backup.done.title': 'The backup is ready',
    'backup.done': 'The file {name} ({size}) is in the backup folder on the server.',
    'backup.failed': 'The backup failed. Nothing in the database has changed; the log says why.',
  },
);
