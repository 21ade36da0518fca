import { defineMessages } from '../define-messages.js';

/** Words the teams door adds itself (the core's replies carry their own). */
export const teamsDoorMessages = defineMessages(
  {
    'teams.file.tooLarge':
      'Filen ”{name}” är för stor. Jag kan ta emot filer på högst {maxMb} MB. Dela upp den eller ta bort det som inte behövs, och skicka den igen.',
    'teams.file.failed':
      'Jag kunde inte hämta filen ”{name}” från Teams. Försök att skicka den igen om en stund.',
    'teams.download.validHour': 'Länken fungerar i en timme.',
    'teams.download.validDays': 'Länken fungerar i {days} dagar.',
    'teams.download.gone': 'Den här länken finns inte eller har slutat fungera.',
    'teams.personalChat.sent': 'Klart – jag har skickat svaret till din personliga chatt med mig.',
    'teams.personalChat.formSent':
      'Jag har skickat formuläret till din personliga chatt med mig. Fortsätt där.',
    'teams.personalChat.failed':
      'Jag kunde inte skicka svaret till din personliga chatt med mig. Öppna den personliga chatten med mig och skriv hjälp, så fortsätter vi där.',
  },
  {
    'teams.file.tooLarge':
      'The file “{name}” is too large. I can take files of up to {maxMb} MB. Split it or remove what is not needed, and send it again.',
    'teams.file.failed':
      'I could not fetch the file “{name}” from Teams. Please try sending it again in a while.',
    'teams.download.validHour': 'The link works for one hour.',
    'teams.download.validDays': 'The link works for {days} days.',
    'teams.download.gone': 'This link does not exist or no longer works.',
    'teams.personalChat.sent': 'Done – I have sent the answer to your personal chat with me.',
    'teams.personalChat.formSent':
      'I have sent the form to your personal chat with me. Carry on there.',
    'teams.personalChat.failed':
      'I could not send the answer to your personal chat with me. Open your personal chat with me and type help, and we will carry on there.',
  },
);
