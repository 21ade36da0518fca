import { defineMessages } from '../i18n/define-messages.js';

export const waitlistMessages = defineMessages(
  {
    'waitlist.formNote':
      'Alla platser är bokade just nu. Skickar du anmälan hamnar du på väntelistan, och får ett meddelande om en plats blir ledig.',
    'waitlist.joined':
      '{forum} är fullt, så du står på väntelistan som nummer {place}. Blir en plats ledig får du ett meddelande och {hours} timmar på dig att tacka ja.',
    'waitlist.changed': 'Dina uppgifter är ändrade. Du står på väntelistan som nummer {place}.',
    'waitlist.status': 'Du står på väntelistan till {forum} som nummer {place}.',
    'waitlist.offer.title': 'En plats har blivit ledig på {forum}',
    'waitlist.offer.text':
      'Du stod på väntelistan och nu finns en plats till dig. Vill du ha den? Platsen hålls åt dig till {until}; sedan går den vidare till nästa på listan.',
    'waitlist.offer.pending':
      'En plats på {forum} hålls åt dig till {until}. Tacka ja eller nej med knapparna.',
    'waitlist.accepted': 'Välkommen! Platsen på {forum} är din.',
    'waitlist.declined':
      'Tack för beskedet. Platsen går vidare till nästa på väntelistan till {forum}.',
    'waitlist.lapsed':
      'Tiden att tacka ja till platsen på {forum} gick ut {until}, så den har gått vidare till nästa på väntelistan. Vill du ändå komma kan du anmäla dig igen.',
    'waitlist.left': 'Du har lämnat väntelistan till {forum}.',
    'waitlist.offerGone':
      'Erbjudandet om en plats på {forum} gäller inte längre. Skriv *min* för att se din anmälan.',
    'button.acceptSeat': 'Ja, jag tar platsen',
    'button.declineSeat': 'Nej tack',
    'button.leaveWaitlist': 'Lämna väntelistan',
    'button.joinWaitlist': 'Ställ mig på väntelistan',
    'lateCancel.title': 'Sen avbokning: {forum}',
    'lateCancel.text':
      '{name} ({organisation}) avbokade {when}, efter sista anmälningsdag. Tänk på catering, rum och faktura.',
    'lateCancel.offered': 'Platsen har erbjudits nästa på väntelistan.',
    'changeRequest.title': 'Ändra anmälan',
    'changeRequest.intro':
      'Sista anmälningsdag för {forum} har passerat, så ändringar går via samordnarna. Skriv vad du vill ändra så skickar jag det till dem.',
    'changeRequest.field': 'Vad vill du ändra?',
    'changeRequest.submit': 'Skicka till samordnarna',
    'changeRequest.sent':
      'Tack! Samordnarna har fått ditt meddelande och hör av sig om något behöver stämmas av.',
    'changeRequest.notice.title': 'Ändringsönskemål: {forum}',
    'changeRequest.notice.text': '{name} ({organisation}) skriver:',
  },
  {
    'waitlist.formNote':
      'All seats are taken right now. If you send the form you join the waitlist, and you will hear from me if a seat frees up.',
    'waitlist.joined':
      '{forum} is full, so you are number {place} on the waitlist. If a seat frees up you will get a message and {hours} hours to accept it.',
    'waitlist.changed': 'Your details are updated. You are number {place} on the waitlist.',
    'waitlist.status': 'You are number {place} on the waitlist for {forum}.',
    'waitlist.offer.title': 'A seat has freed up at {forum}',
    'waitlist.offer.text':
      'You were on the waitlist and there is now a seat for you. Would you like it? It is held for you until {until}; then it passes to the next person in line.',
    'waitlist.offer.pending':
      'A seat at {forum} is held for you until {until}. Accept or decline with the buttons.',
    'waitlist.accepted': 'Welcome! The seat at {forum} is yours.',
    'waitlist.declined':
      'Thank you for letting us know. The seat passes to the next person waiting for {forum}.',
    'waitlist.lapsed':
      'The time to accept the seat at {forum} ran out {until}, so it has passed to the next person waiting. If you still want to come, sign up again.',
    'waitlist.left': 'You have left the waitlist for {forum}.',
    'waitlist.offerGone':
      'The offer of a seat at {forum} no longer stands. Type *my* to see your registration.',
    'button.acceptSeat': 'Yes, I will take the seat',
    'button.declineSeat': 'No, thank you',
    'button.leaveWaitlist': 'Leave the waitlist',
    'button.joinWaitlist': 'Join the waitlist',
    'lateCancel.title': 'Late cancellation: {forum}',
    'lateCancel.text':
      '{name} ({organisation}) cancelled {when}, after the registration deadline. Mind catering, rooms and the invoice.',
    'lateCancel.offered': 'The seat has been offered to the next person on the waitlist.',
    'changeRequest.title': 'Change registration',
    'changeRequest.intro':
      'The registration deadline for {forum} has passed, so changes go through the coordinators. Write what you would like to change and I will pass it on.',
    'changeRequest.field': 'What would you like to change?',
    'changeRequest.submit': 'Send to the coordinators',
    'changeRequest.sent':
      'Thank you! The coordinators have your message and will get back to you if anything needs settling.',
    'changeRequest.notice.title': 'Change request: {forum}',
    'changeRequest.notice.text': '{name} ({organisation}) writes:',
  },
);
