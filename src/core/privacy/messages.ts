import { defineMessages } from '../i18n/define-messages.js';

export const privacyMessages = defineMessages(
  {
    'privacy.erasedPerson': 'Raderad person',
    'privacy.help':
      '*mina uppgifter* – allt jag har sparat om dig, som filer; *radera mig* – radera det',

    'privacy.mydata.title': 'Dina uppgifter',
    'privacy.mydata.intro':
      'Här är allt jag har sparat om dig, i två filer: JSON (komplett, för maskiner) och Excel (ett blad per slag). Bara du ser dem.',
    'privacy.mydata.counts': 'Det här finns: {counts}.',
    'privacy.mydata.nothing': 'Utöver din profil har jag inget sparat om dig.',
    'privacy.mydata.anonymousNote':
      'Synpunkter i anonyma rundor har ingen person kopplad till sig. Jag har hittat dina med din nyckel, som bara du kan räkna fram genom boten; ingen processledare ser att de är dina.',
    'privacy.mydata.eraseHint': 'Vill du att jag raderar dina uppgifter skriver du *radera mig*.',
    'privacy.mydata.file': 'mina-uppgifter',
    'privacy.mydata.label.json': 'Dina uppgifter (JSON)',
    'privacy.mydata.label.xlsx': 'Dina uppgifter (Excel)',

    'privacy.kind.summary': 'Översikt',
    'privacy.kind.person': 'Profil',
    'privacy.kind.identities': 'Konton',
    'privacy.kind.conversations': 'Samtal',
    'privacy.kind.roles': 'Roller',
    'privacy.kind.invitations': 'Inbjudningar',
    'privacy.kind.registrations': 'Anmälningar',
    'privacy.kind.waitlist': 'Väntelista',
    'privacy.kind.waitlistOffers': 'Erbjudna platser',
    'privacy.kind.attendance': 'Närvaro',
    'privacy.kind.evaluations': 'Utvärderingar',
    'privacy.kind.inputs': 'Synpunkter',
    'privacy.kind.votes': 'Röster',
    'privacy.kind.remiss': 'Remisskontakt',
    'privacy.kind.roundActions': 'Som processledare',
    'privacy.kind.cycleItems': 'Årshjulspunkter',
    'privacy.kind.cycleOccurrences': 'Klarmarkeringar',
    'privacy.kind.messages': 'Meddelanden till dig',
    'privacy.kind.downloads': 'Filer att hämta',
    'privacy.kind.other': 'Övrigt',
    'privacy.summary.kind': 'Slag',
    'privacy.summary.count': 'Antal',

    'privacy.erase.confirm':
      'Vill du att jag raderar dig? Det här händer:\n• Ditt namn, din e-post, dina konton och roller tas bort.\n• Dina anmälningar till kommande forum avbokas, och dina uppgifter om kost, allergier och tillgänglighet raderas.\n• Dina kommentarer i utvärderingar raderas; betyget finns kvar utan namn.\n• Dina synpunkter i samrådsrundor finns kvar som rundans underlag, men märks "Raderad person" i stället för ditt namn.\n• Meddelanden till dig som inte har skickats stoppas.\n• Antal (hur många som kom, per organisationstyp, kommun och kön) räknas som förut, utan dig i dem.\nDet går inte att ångra. Vill du ha en kopia först skriver du *mina uppgifter*.',
    'privacy.erase.done':
      'Klart: jag har raderat dina uppgifter. Skriver du till mig igen börjar du som en ny person, utan något sparat.',
    'privacy.erase.kept': 'Då raderar jag ingenting.',
    'privacy.erase.already': 'De uppgifterna är redan raderade.',
    'privacy.eraseOther.which':
      'Skriv e-postadressen till den som ska raderas, till exempel *radera person namn@kommun.se*.',
    'privacy.eraseOther.notFound': 'Jag hittar ingen med e-postadressen {email}.',
    'privacy.eraseOther.self': 'För att radera dig själv skriver du *radera mig*.',
    'privacy.eraseOther.confirm':
      'Radera {name} ({email})? Namn, e-post, konton och roller tas bort, anmälningar till kommande forum avbokas, kost, allergier, tillgänglighet och kommentarer raderas, och synpunkter märks "Raderad person". Antal i statistiken finns kvar utan person. Det går inte att ångra.\nJag har: {counts}.',
    'privacy.eraseOther.done':
      'Klart: {email} är raderad. Ta också bort personen ur era egna gästlistor, annars kommer hen tillbaka vid nästa import.',
    'privacy.button.erase': 'Radera',
    'privacy.button.keep': 'Avbryt',
  },
  {
    'privacy.erasedPerson': 'Erased person',
    'privacy.help': '*my data* – everything I hold about you, as files; *erase me* – erase it',

    'privacy.mydata.title': 'Your data',
    'privacy.mydata.intro':
      'Here is everything I hold about you, in two files: JSON (complete, for machines) and Excel (one sheet per kind). Only you can see them.',
    'privacy.mydata.counts': 'What there is: {counts}.',
    'privacy.mydata.nothing': 'Apart from your profile I hold nothing about you.',
    'privacy.mydata.anonymousNote':
      'Inputs in anonymous rounds have no person linked to them. I found yours with your key, which only you can compute through the bot; no facilitator can see that they are yours.',
    'privacy.mydata.eraseHint': 'If you want me to erase your data, write *erase me*.',
    'privacy.mydata.file': 'my-data',
    'privacy.mydata.label.json': 'Your data (JSON)',
    'privacy.mydata.label.xlsx': 'Your data (Excel)',

    'privacy.kind.summary': 'Summary',
    'privacy.kind.person': 'Profile',
    'privacy.kind.identities': 'Accounts',
    'privacy.kind.conversations': 'Conversations',
    'privacy.kind.roles': 'Roles',
    'privacy.kind.invitations': 'Invitations',
    'privacy.kind.registrations': 'Registrations',
    'privacy.kind.waitlist': 'Waitlist',
    'privacy.kind.waitlistOffers': 'Seat offers',
    'privacy.kind.attendance': 'Attendance',
    'privacy.kind.evaluations': 'Evaluations',
    'privacy.kind.inputs': 'Inputs',
    'privacy.kind.votes': 'Votes',
    'privacy.kind.remiss': 'Remiss contact',
    'privacy.kind.roundActions': 'As facilitator',
    'privacy.kind.cycleItems': 'Annual cycle items',
    'privacy.kind.cycleOccurrences': 'Marked done',
    'privacy.kind.messages': 'Messages to you',
    'privacy.kind.downloads': 'Files to download',
    'privacy.kind.other': 'Other',
    'privacy.summary.kind': 'Kind',
    'privacy.summary.count': 'Count',

    'privacy.erase.confirm':
      'Do you want me to erase you? This is what happens:\n• Your name, e-mail, accounts and roles are removed.\n• Your registrations for coming forums are cancelled, and your diet, allergy and accessibility details are erased.\n• Your evaluation comments are erased; the rating stays, without a name.\n• Your inputs to consultation rounds stay as the round’s record, marked "Erased person" instead of your name.\n• Messages to you not yet sent are stopped.\n• Counts (how many came, by organisation type, municipality and gender) stay as they were, with no one behind them.\nThis cannot be undone. For a copy first, write *my data*.',
    'privacy.erase.done':
      'Done: I have erased your data. If you write to me again, you start as a new person with nothing saved.',
    'privacy.erase.kept': 'Then I erase nothing.',
    'privacy.erase.already': 'That data has already been erased.',
    'privacy.eraseOther.which':
      'Write the e-mail address of the person to erase, for example *erase person name@kommun.se*.',
    'privacy.eraseOther.notFound': 'I find no one with the e-mail address {email}.',
    'privacy.eraseOther.self': 'To erase yourself, write *erase me*.',
    'privacy.eraseOther.confirm':
      'Erase {name} ({email})? Name, e-mail, accounts and roles are removed, registrations for coming forums cancelled, diet, allergies, accessibility and comments erased, and inputs marked "Erased person". Counts in the figures stay, with no person. This cannot be undone.\nI hold: {counts}.',
    'privacy.eraseOther.done':
      'Done: {email} has been erased. Remove the person from your own guest lists too, or they come back with the next import.',
    'privacy.button.erase': 'Erase',
    'privacy.button.keep': 'Cancel',
  },
);
