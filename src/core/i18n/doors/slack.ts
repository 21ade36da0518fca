import { defineMessages } from '../define-messages.js';

/** Words the slack door adds itself (the core's replies carry their own). */
export const slackDoorMessages = defineMessages(
  {
    'slack.modal.close': 'Avbryt',
    'slack.file.tooBig': 'Filen {name} är för stor för mig. Jag tar emot filer på högst {max}.',
    'slack.file.unreadable':
      'Jag kunde inte öppna filen {name}. Ladda gärna upp den igen, direkt från din dator.',
  },
  {
    'slack.modal.close': 'Cancel',
    'slack.file.tooBig': 'The file {name} is too big for me. I take files of at most {max}.',
    'slack.file.unreadable':
      'I could not open the file {name}. Please upload it again, straight from your computer.',
  },
);
