import { attendanceMessages } from '../attendance/messages.js';
import { auditMessages } from '../audit/messages.js';
import { backupMessages } from '../backup/messages.js';
import { cycleMessages } from '../cycle/messages.js';
import { editionsMessages } from '../editions/messages.js';
import { evaluationMessages } from '../evaluation/messages.js';
import { figuresMessages } from '../figures/messages.js';
import { guestsMessages } from '../guests/messages.js';
import { invitationsMessages } from '../invitations/messages.js';
import { outboxMessages } from '../outbox/messages.js';
import { privacyMessages } from '../privacy/messages.js';
import { remindersMessages } from '../reminders/messages.js';
import { rolesMessages } from '../roles/messages.js';
import { roundsMessages } from '../rounds/messages.js';
import { waitlistMessages } from '../waitlist/messages.js';
import { shellDoorMessages } from './doors/shell.js';
import { slackDoorMessages } from './doors/slack.js';
import { teamsDoorMessages } from './doors/teams.js';
/** Every user-visible string, in Swedish: the working language and the default. */
export const sv = {
  'help.title': 'Det här kan jag',
  'help.intro':
    'Jag är forumbot. Jag hjälper dig att anmäla dig till regionens forum. Tryck på en knapp eller skriv ett kommando.',
  'help.list': '*forum* – visa kommande forum',
  'help.signup': '*anmäl* – anmäl dig till nästa forum',
  'help.my': '*min* – visa din anmälan',
  'help.change': '*ändra* – ändra din anmälan',
  'help.cancel': '*avboka* – avboka din anmälan',
  'help.checkin': '*checkin* – checka in på plats med koden som visas i lokalen',
  'help.help': '*hjälp* – visa den här hjälpen',
  'help.facilitator.title': 'För processledare',
  'help.facilitator':
    '*runda* – öppna en samrådsrunda i kanalen (*runda dialog*, *runda remiss*)\n*rundor* – dina rundor: synpunkter, prioritering, svarsläge, export',
  'help.coordinator.title': 'För samordnare',
  'help.coordinator':
    '*forumadmin* – alla forum; *nytt* skapar ett, *redigera* ändrar\n*skicka en CSV-fil* till mig – gästlistan (namn, e-post, organisation, organisationstyp, kommun, roll, kön)\n*gäster* – gästlistan och svaren; *matcha* letar upp gästerna i chatten\n*bjud in* – skicka inbjudningarna; *inbjudningar* – läget\n*siffror*, *catering*, *deltagande*, *exportera* – siffror och listor\n*incheckningskod*, *närvaro* – incheckning på plats\n*utvärdering* – vad deltagarna tyckte\n*årshjul* – årshjulet: vad som händer de kommande 90 dagarna',
  'help.admin':
    '*roller* – ge och ta bort roller\n*radera person <e-post>* – radera någons uppgifter på begäran\n*säkerhetskopia* – kopiera databasen medan boten är igång',

  'home.title': 'Hej{name}!',
  'home.mine': 'Dina anmälningar och kommande forum',

  'button.help': 'Hjälp',
  'button.myRounds': 'Mina rundor',
  'button.manageForums': 'Alla forum',
  'button.list': 'Kommande forum',
  'button.signup': 'Anmäl mig',
  'button.program': 'Program',
  'button.my': 'Min anmälan',
  'button.change': 'Ändra anmälan',
  'button.cancel': 'Avboka',
  'button.cancelConfirm': 'Ja, avboka',
  'button.keep': 'Nej, behåll anmälan',
  'button.submit': 'Skicka anmälan',
  'button.save': 'Spara ändringar',

  'forum.list.none': 'Det finns inga kommande forum just nu.',
  'forum.field.when': 'När',
  'forum.field.venue': 'Plats',
  'forum.field.seats': 'Platser',
  'forum.field.deadline': 'Sista anmälningsdag',
  'forum.field.fee': 'Avgift',
  'forum.seats': '{taken} av {capacity} bokade, {left} kvar',
  'forum.seats.full': 'Fullt: alla {capacity} platser är bokade',
  'forum.fee': '{fee} kr per deltagare (faktureras organisationen)',
  'forum.fee.none': 'Ingen avgift',
  'forum.program.title': 'Program för {forum}',
  'forum.opensForSignup': 'Anmälan öppnar {opens}.',
  'forum.closedForSignup': 'Anmälan är stängd.',
  'forum.registered': 'Du är anmäld.',

  'signup.title': 'Anmälan',
  'signup.intro': 'Anmälan till {forum}, {when}. Sista anmälningsdag: {deadline}.',
  'signup.field.organisation': 'Organisation',
  'signup.field.roleTitle': 'Roll eller titel',
  'signup.field.lunchDay1': 'Lunch dag 1',
  'signup.field.dinnerDay1': 'Middag dag 1',
  'signup.field.overnight': 'Övernattning',
  'signup.field.breakfastDay2': 'Frukost dag 2',
  'signup.field.lunchDay2': 'Lunch dag 2',
  'signup.field.diet': 'Kost och allergier',
  'signup.field.accessibility': 'Behov av tillgänglighet',
  'signup.field.invoiceReference': 'Fakturareferens',
  'signup.hint.invoiceReference':
    'Referens eller kostnadsställe för fakturan till din organisation',
  'signup.done': 'Klart! Du är anmäld till {forum}.',
  'signup.changed': 'Klart! Din anmälan till {forum} är ändrad.',

  'my.title': 'Din anmälan till {forum}',
  'my.none': 'Du har ingen anmälan till {forum}.',
  'my.yes': 'Ja',
  'my.no': 'Nej',
  'my.meals': 'Måltider',
  'my.mealsNone': 'Inga måltider',
  'my.empty': '–',

  'cancel.confirm': 'Vill du avboka din anmälan till {forum}?',
  'cancel.kept': 'Bra, din anmälan till {forum} ligger kvar.',
  'cancel.done': 'Din anmälan till {forum} är avbokad. Välkommen tillbaka en annan gång!',

  'forum.changed.title': 'Ändrat: {forum}',
  'forum.changed.text':
    '{forum} har fått ny tid eller plats: {when}, {venue}. Öppna kalenderfilen nedan så flyttas händelsen i din kalender.',
  'calendar.label': 'Lägg in i kalendern',
  'calendar.cancelledLabel': 'Kalenderfil för avbokningen',
  'calendar.description':
    'Din anmälan till {forum}. Skriv *min* till forumbot för att se, ändra eller avboka den.',
  'calendar.cancelledDescription': 'Avbokad: din anmälan till {forum} är avbokad.',
  'cancel.calendarNote':
    'Har du {forum} i kalendern? Öppna filen nedan så markeras det som inställt, eller ta bort det själv.',

  'privacy.personalChat':
    'Det här gäller dina egna uppgifter, så vi tar det i en personlig chatt där bara du ser det.',
  'button.openPersonalChat': 'Öppna personlig chatt',

  'error.unknownCommand':
    'Det kommandot känner jag inte igen: ”{word}”. Skriv *hjälp* för att se vad jag kan.',
  'error.forumNotFound':
    'Jag hittar inget forum som heter ”{ref}”. Skriv *forum* för att se kommande forum.',
  'error.noUpcomingForum': 'Det finns inget kommande forum att anmäla sig till just nu.',
  'error.forumFull': '{forum} är fullt: alla {capacity} platser är bokade.',
  'error.registrationNotOpen': 'Anmälan till {forum} öppnar {opens}. Välkommen tillbaka då!',
  'error.registrationClosed':
    'Anmälan till {forum} stängde {deadline}. Kontakta samordnaren om du behöver ändra något.',
  'error.forumStarted': '{forum} har redan börjat.',
  'error.notRegistered': 'Du har ingen anmälan till {forum}.',
  'error.alreadyCancelled': 'Din anmälan till {forum} är redan avbokad.',
  'error.invalidInput': 'Något i det du skickade stämmer inte. Försök igen.',
  'error.formInvalid': 'Några fält behöver rättas. Det du skrev finns kvar.',
  'error.unexpected': 'Något gick fel hos mig. Försök igen om en stund.',

  'field.required': 'Fyll i det här fältet.',
  'field.tooLong': 'Högst {max} tecken (nu {length}).',

  'shell.welcome':
    'Välkommen till forumbot i terminalen. Skriv *hjälp* för att börja, *avsluta* för att sluta.',
  'shell.choose': 'Välj en siffra eller skriv ett kommando',
  'shell.toggle': '(j/n)',
  'shell.optional': '(valfritt, tryck Enter för att hoppa över)',
  'shell.keep': '(Enter behåller ”{value}”)',
  'shell.keepOrClear': '(Enter behåller ”{value}”, - tömmer)',
  'shell.yes': 'j',
  'shell.no': 'n',
  'shell.yesNo': 'Svara j eller n.',
  'shell.formCancelled': 'Formuläret avbröts. Inget har sparats.',
  'shell.formHint': 'Skriv *avbryt* för att avbryta formuläret.',
  'shell.bye': 'Hej då!',
  'door.download': 'Ladda ner {name}',
  'door.savedFile': 'Filen är sparad: {path}',
  'door.messageFor': 'Meddelande till {name}',

  ...rolesMessages.sv,
  ...editionsMessages.sv,
  ...guestsMessages.sv,
  ...invitationsMessages.sv,
  ...waitlistMessages.sv,
  ...remindersMessages.sv,
  ...attendanceMessages.sv,
  ...figuresMessages.sv,
  ...evaluationMessages.sv,
  ...outboxMessages.sv,
  ...cycleMessages.sv,
  ...roundsMessages.sv,
  ...privacyMessages.sv,
  ...auditMessages.sv,
  ...backupMessages.sv,
  ...shellDoorMessages.sv,
  ...slackDoorMessages.sv,
  ...teamsDoorMessages.sv,
} as const;

export type MessageKey = keyof typeof sv;
