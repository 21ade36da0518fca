import { defineMessages } from '../i18n/define-messages.js';

export const remindersMessages = defineMessages(
  {
    'reminder.unanswered.title': 'Påminnelse: {forum}',
    'reminder.unanswered.text':
      'Hej {name}! Vi har inte fått något svar på inbjudan till {forum}. Sista dag att svara är {deadline}.',
    'reminder.practical.title': 'Snart dags: {forum}',
    'reminder.practical.text': 'Välkommen till {forum} {when}! Här är det praktiska:',
    'reminder.practical.checkin':
      'På plats checkar du in genom att skriva *checkin* till mig och koden som visas i lokalen.',
    'digest.title': 'Dagens läge: {forum}',
    'digest.seats':
      '{taken} av {capacity} platser bokade, {waiting} på väntelistan, {offered} erbjudna.',
    'digest.answers':
      'Inbjudna: {total}. Ja {yes}, nej {no}, kollega {substituted}, inget svar {none}.',
    'digest.lastDay': 'Senaste dygnet: {registered} nya anmälningar, {cancelled} avbokningar.',
    'digest.closes': 'Anmälan stänger {deadline}.',
  },
  {
    'reminder.unanswered.title': 'Reminder: {forum}',
    'reminder.unanswered.text':
      'Hello {name}! We have not had an answer to the invitation to {forum}. The last day to answer is {deadline}.',
    'reminder.practical.title': 'Coming up: {forum}',
    'reminder.practical.text': 'Welcome to {forum} {when}! Here is the practical information:',
    'reminder.practical.checkin':
      'At the venue, check in by writing *checkin* to me with the code shown in the room.',
    'digest.title': 'Today’s figures: {forum}',
    'digest.seats':
      '{taken} of {capacity} seats booked, {waiting} on the waitlist, {offered} offered.',
    'digest.answers':
      'Invited: {total}. Yes {yes}, no {no}, colleague {substituted}, no answer {none}.',
    'digest.lastDay': 'Last 24 hours: {registered} new registrations, {cancelled} cancellations.',
    'digest.closes': 'Registration closes {deadline}.',
  },
);
