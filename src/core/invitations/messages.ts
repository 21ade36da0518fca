import { defineMessages } from '../i18n/define-messages.js';

export const invitationsMessages = defineMessages(
  {
    'button.sendInvitations': 'Skicka inbjudningar',
    'button.confirmSend': 'Ja, skicka',
    'button.notNow': 'Inte nu',
    'button.invitationStatus': 'Läget för inbjudningarna',
    'button.yesSignMeUp': 'Ja, anmäl mig',
    'button.noThanks': 'Nej tack',
    'button.sendColleague': 'Skicka en kollega',
    'invitations.confirm':
      'Skicka inbjudan till {count} personer på gästlistan för {forum}? {already} har redan fått den och får den inte igen.',
    'invitations.nobody':
      'Alla på gästlistan för {forum} har redan fått inbjudan eller svarat. Nya personer på listan får den när du skickar igen.',
    'invitations.queued':
      '{count} inbjudningar är på väg. De skickas i den takt Slack och Teams tillåter (omkring {minutes} minuter); skriv *inbjudningar* för att se läget.',
    'invitations.cancelled': 'Okej, inga inbjudningar skickades.',
    'invitations.status.title': 'Inbjudningar till {forum}',
    'invitations.status.sending':
      '{sent} skickade, {queued} i kö, {unreachable} gick inte att nå, {failed} misslyckades.',
    'invitations.status.unconfirmed':
      '{count} skickades precis när boten startades om; de kan ha kommit fram. De skickas inte igen:',
    'invitations.status.unreachable': 'Gick inte att nå i chatten (kontakta dem på annat sätt):',
    'invitation.title': 'Inbjudan till {forum}',
    'invitation.greeting':
      'Hej {name}! Region Örebro län bjuder in dig till {forum}: två dagar lunch till lunch om den regionala utvecklingsstrategin, tillsammans med ledare från hela länet.',
    'invitation.answerBy':
      'Svara senast {deadline}. Du kan också skicka en kollega från {organisation} i ditt ställe.',
    'invitation.programme': 'Program',
    'invitation.notYours':
      'Den här inbjudan gäller någon annan. Skriv *forum* för att se kommande forum.',
    'invitation.thanksNo': 'Tack för beskedet! Vi hoppas att vi ses en annan gång.',
    'invitation.alreadyRegistered': 'Du är redan anmäld till {forum}. Vill du avboka i stället?',
    'invitation.substitute.title': 'Skicka en kollega',
    'invitation.substitute.intro':
      'Din kollega tar över inbjudan för {organisation} och får den i chatten. Du själv får inga fler påminnelser.',
    'invitation.substitute.name': 'Kollegans namn',
    'invitation.substitute.email': 'Kollegans e-postadress',
    'invitation.substitute.role': 'Kollegans roll eller titel',
    'invitation.substitute.submit': 'Skicka inbjudan',
    'invitation.substitute.badEmail': 'Skriv en e-postadress, till exempel namn@kumla.se.',
    'invitation.substitute.self': 'Det är din egen adress. Skriv din kollegas.',
    'invitation.substitute.alreadyInvited':
      '{name} finns redan på gästlistan och har fått en egen inbjudan.',
    'invitation.substitute.done': 'Tack! Inbjudan går nu till {name}.',
    'invitation.substitute.closed':
      'Inbjudan har redan besvarats, så den kan inte längre lämnas över.',
    'invitation.substitute.note': '{name} bad dig komma i hens ställe.',
  },
  {
    'button.sendInvitations': 'Send invitations',
    'button.confirmSend': 'Yes, send',
    'button.notNow': 'Not now',
    'button.invitationStatus': 'Invitation status',
    'button.yesSignMeUp': 'Yes, sign me up',
    'button.noThanks': 'No, thank you',
    'button.sendColleague': 'Send a colleague',
    'invitations.confirm':
      'Send the invitation to {count} people on the guest list for {forum}? {already} already have it and will not get it again.',
    'invitations.nobody':
      'Everyone on the guest list for {forum} already has the invitation or has answered. New people on the list get it when you send again.',
    'invitations.queued':
      '{count} invitations are on their way. They go out as fast as Slack and Teams allow (about {minutes} minutes); type *invitations* to see how it goes.',
    'invitations.cancelled': 'All right, no invitations were sent.',
    'invitations.status.title': 'Invitations to {forum}',
    'invitations.status.sending':
      '{sent} sent, {queued} queued, {unreachable} could not be reached, {failed} failed.',
    'invitations.status.unconfirmed':
      '{count} were being sent just as the bot restarted; they may have arrived. They will not be sent again:',
    'invitations.status.unreachable': 'Could not be reached in chat (contact them another way):',
    'invitation.title': 'Invitation to {forum}',
    'invitation.greeting':
      'Hello {name}! Region Örebro län invites you to {forum}: two days, lunch to lunch, on the regional development strategy, with leaders from across the county.',
    'invitation.answerBy':
      'Please answer by {deadline}. You can also send a colleague from {organisation} in your place.',
    'invitation.programme': 'Programme',
    'invitation.notYours':
      'This invitation is for someone else. Type *forums* to see upcoming forums.',
    'invitation.thanksNo': 'Thank you for letting us know! We hope to see you another time.',
    'invitation.alreadyRegistered':
      'You are already registered for {forum}. Would you like to cancel instead?',
    'invitation.substitute.title': 'Send a colleague',
    'invitation.substitute.intro':
      'Your colleague takes over the invitation for {organisation} and gets it in chat. You will get no more reminders.',
    'invitation.substitute.name': 'Your colleague’s name',
    'invitation.substitute.email': 'Your colleague’s e-mail address',
    'invitation.substitute.role': 'Your colleague’s role or title',
    'invitation.substitute.submit': 'Send the invitation',
    'invitation.substitute.badEmail': 'Write an e-mail address, such as name@kumla.se.',
    'invitation.substitute.self': 'That is your own address. Write your colleague’s.',
    'invitation.substitute.alreadyInvited':
      '{name} is already on the guest list and has an invitation of their own.',
    'invitation.substitute.done': 'Thank you! The invitation now goes to {name}.',
    'invitation.substitute.closed':
      'The invitation has already been answered, so it can no longer be handed over.',
    'invitation.substitute.note': '{name} asked you to come in their place.',
  },
);
