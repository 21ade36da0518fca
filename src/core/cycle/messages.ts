import { defineMessages } from '../i18n/define-messages.js';

export const cycleMessages = defineMessages(
  {
    'cycle.and': 'och',

    // Nudges and their buttons
    'cycle.nudge.today': '*I dag*: {date}',
    'cycle.nudge.tomorrow': '*I morgon*: {date}',
    'cycle.nudge.inDays': '*Om {days} dagar*: {date}',
    'cycle.nudge.wasDue': '*Skulle vara klart för {days} dagar sedan*: {date}',
    'cycle.nudge.late': 'Påminnelsen kommer sent eftersom boten var nere.',
    'cycle.nudge.snoozed': 'Du bad om en ny påminnelse.',
    'cycle.nudge.unconnected':
      'Kanalen #{channel} är inte kopplad än, så påminnelsen kommer till samordnarna. Skriv *årshjul koppla {channel}* i kanalen för att koppla den.',

    'cycle.button.done': 'Klart',
    'cycle.button.doneFor': 'Klart: {item}',
    'cycle.button.snoozeDay': 'Påminn i morgon',
    'cycle.button.snoozeWeek': 'Påminn om en vecka',
    'cycle.button.reassign': 'Byt ansvarig',
    'cycle.button.reopen': 'Ångra',
    'cycle.button.show': 'Årshjulet',
    'cycle.button.items': 'Alla punkter',
    'cycle.button.newItem': 'Ny punkt',
    'cycle.button.edit': 'Ändra',
    'cycle.button.pause': 'Pausa',
    'cycle.button.resume': 'Återuppta',
    'cycle.button.remove': 'Ta bort',
    'cycle.button.removeConfirm': 'Ja, ta bort',
    'cycle.button.keep': 'Nej, behåll',
    'cycle.button.previous': 'Föregående',
    'cycle.button.next': 'Nästa',
    'cycle.button.feed': 'Kalenderlänk',
    'cycle.button.rotate': 'Ny länk',
    'cycle.button.rotateConfirm': 'Ja, gör en ny länk',
    'cycle.button.keepFeed': 'Nej, behåll länken',
    'cycle.button.import': 'Läs in filen',
    'cycle.button.importConfirm': 'Läs in ändringarna',

    // The 90-day view: states, owners, rules
    'cycle.show.title': 'Årshjulet: de kommande {days} dagarna',
    'cycle.show.none': 'Inget i årshjulet de kommande dagarna.',
    'cycle.show.overdue': 'Försenat (inte markerat som klart)',
    'cycle.show.problems': 'Att rätta i årshjulet',
    'cycle.show.more': '… och {n} till',
    'cycle.show.fileChanged':
      'Filen {file} har ändrats sedan den lästes in. Tryck på *Läs in filen* för att se vad som ändras.',
    'cycle.show.everyone':
      'Samordnarna får påminnelser före varje punkt. Fråga en samordnare om något ska ändras.',
    'cycle.state.done': '✓ klart',
    'cycle.state.snoozed': 'påminner igen {date}',

    'cycle.owner.coordinator': 'samordnarna',
    'cycle.owner.facilitator': 'processledarna',
    'cycle.owner.admin': 'administratörerna',
    'cycle.owner.unconnected': '{channel} (inte kopplad)',

    'cycle.rule.yearly': 'varje år {days}',
    'cycle.rule.quarterly': 'varje kvartal, den {day} i kvartalets {month} månad',
    'cycle.rule.quarterlyLast': 'varje kvartal, sista dagen i kvartalets {month} månad',
    'cycle.rule.weekly': 'varje vecka från {from}',
    'cycle.rule.everyOtherWeek': 'varannan vecka från {from}',
    'cycle.rule.everyWeeks': 'var {weeks} vecka från {from}',
    'cycle.rule.cron': 'enligt cron-uttrycket {expression}',
    'cycle.rule.once': 'en gång, {date}',
    'cycle.rule.forum': 'forumet {forum}',
    'cycle.rule.sameDay': 'samma dag som {base}',
    'cycle.rule.before': '{span} före {base}',
    'cycle.rule.after': '{span} efter {base}',
    'cycle.rule.week': '1 vecka',
    'cycle.rule.weeks': '{n} veckor',
    'cycle.rule.day': '1 dag',
    'cycle.rule.days': '{n} dagar',
    'cycle.move.before': 'flyttas till vardagen före vid helg',
    'cycle.move.after': 'flyttas till vardagen efter vid helg',
    'cycle.move.none': 'flyttas inte',
    'cycle.move.skip': 'hoppas över vid helg',

    // Items: list, done, snooze, reassign, pause, resume, remove
    'cycle.items.title': 'Årshjulets punkter ({count} st, sida {page} av {pages})',
    'cycle.items.none': 'Årshjulet har inga punkter än.',
    'cycle.items.paused': 'pausad',
    'cycle.items.broken': 'används inte förrän felet är rättat',
    'cycle.items.leads': 'påminnelser {days} dagar före',
    'cycle.items.leadSameDay': 'påminnelse samma dag',
    'cycle.items.skipMonths': 'inte i {months}',
    'cycle.items.time': 'kl. {time}',
    'cycle.items.next': 'Nästa gång: {date}',
    'cycle.items.noNext': 'Inget datum det närmaste året.',

    'cycle.done.marked':
      'Klart! *{item}* ({date}) är markerat som klart. Jag skickar inga fler påminnelser om det.',
    'cycle.done.already': '*{item}* ({date}) är redan markerat som klart av {name}.',
    'cycle.reopened': '*{item}* ({date}) är inte längre markerat som klart.',
    'cycle.snooze.set': 'Jag påminner om *{item}* ({date}) igen {until}.',
    'cycle.snooze.done': '*{item}* ({date}) är redan klart, så det behövs ingen ny påminnelse.',

    'cycle.reassign.title': 'Byt ansvarig',
    'cycle.reassign.intro':
      'Vem ska få påminnelserna om {item} från och med nu? Skriv personens e-postadress.',
    'cycle.reassign.email': 'E-postadress',
    'cycle.reassign.submit': 'Byt ansvarig',
    'cycle.reassign.badEmail': 'Skriv en e-postadress, till exempel namn@regionorebrolan.se.',
    'cycle.reassign.done': 'Klart! {name} är nu ansvarig för *{item}* och får påminnelserna.',
    'cycle.reassign.toYou':
      '{name} har gjort dig ansvarig för *{item}* i årshjulet. Du får påminnelserna om den från och med nu.',

    'cycle.pause.done':
      '*{item}* är pausad: inga datum och inga påminnelser förrän den återupptas.',
    'cycle.pause.already': '*{item}* är redan pausad.',
    'cycle.pause.dependents': 'De här punkterna räknas från den och pausas också: {items}.',
    'cycle.resume.done': '*{item}* är igång igen. Påminnelserna börjar med nästa tillfälle.',
    'cycle.resume.already': '*{item}* är redan igång.',
    'cycle.resume.dependents': 'De här punkterna räknas från den och är igång igen: {items}.',
    'cycle.remove.confirm':
      'Ta bort *{item}* ur årshjulet? Påminnelser som inte har skickats än tas tillbaka.',
    'cycle.remove.done': '*{item}* är borttagen ur årshjulet.',
    'cycle.remove.hasDependents':
      'Jag kan inte ta bort *{item}*, för de här punkterna räknas från den: {items}. Ändra eller ta bort dem först.',

    // The item form
    'cycle.form.newTitle': 'Ny punkt i årshjulet',
    'cycle.form.editTitle': 'Ändra punkt i årshjulet',
    'cycle.form.newIntro':
      'Välj regel och fyll i fälten som hör till den; de andra kan vara tomma. Datum gäller i svensk tid, och helger flyttas som du väljer.',
    'cycle.form.editIntro':
      'Ändrar {item}. Fyll i fälten som hör till regeln; de andra kan vara tomma.',
    'cycle.form.submit': 'Spara',
    'cycle.form.saved': 'Sparat: *{item}*.',
    'cycle.form.added': 'Tillagt i årshjulet: *{item}*.',
    'cycle.form.idTaken': 'Det finns redan en punkt med id {item}. Välj ett annat.',
    'cycle.form.notNumber': 'Skriv ett heltal, till exempel 14 eller -21.',
    'cycle.form.notNumbers': 'Skriv heltal med kommatecken emellan, till exempel 14, 3, 0.',
    'cycle.form.ownerValueNeeded': 'Skriv e-postadressen eller kanalens namn här.',
    'cycle.form.quarterDay': 'Skriv en dag (1–31) eller "sista".',
    'cycle.form.last': 'sista',

    'cycle.field.id': 'Id',
    'cycle.field.titleSv': 'Rubrik',
    'cycle.field.titleEn': 'Rubrik på engelska',
    'cycle.field.descriptionSv': 'Beskrivning',
    'cycle.field.descriptionEn': 'Beskrivning på engelska',
    'cycle.field.owner': 'Vem får påminnelserna',
    'cycle.field.ownerValue': 'E-postadress eller kanal',
    'cycle.field.rule': 'Regel',
    'cycle.field.date':
      'Datum (årligen: dagen, året spelar ingen roll; en gång: dagen; var N:e vecka: första gången)',
    'cycle.field.moreDates': 'Fler dagar varje år',
    'cycle.field.weeks': 'Antal veckor mellan gångerna',
    'cycle.field.quarterMonth': 'Månad i kvartalet',
    'cycle.field.quarterDay': 'Dag i månaden',
    'cycle.field.relativeTo': 'Räknas från',
    'cycle.field.offsetDays': 'Antal dagar från den',
    'cycle.field.cron': 'Cron-uttryck',
    'cycle.field.leadDays': 'Påminnelser, dagar före',
    'cycle.field.move': 'Om dagen är en helg',
    'cycle.field.skipMonths': 'Månader utan tillfällen',
    'cycle.field.time': 'Tid för påminnelserna',
    'cycle.hint.id':
      'Små bokstäver, siffror och bindestreck, till exempel laget-i-lanet. Går inte att ändra sedan.',
    'cycle.hint.titleEn': 'Tomt: samma som den svenska',
    'cycle.hint.ownerValue':
      'Bara för en person (e-post) eller en kanal (namn, till exempel rus-plattformen)',
    'cycle.hint.moreDates': 'Bara för årligen: MM-DD med komma emellan, till exempel 10-15',
    'cycle.hint.weeks': 'Bara för var N:e vecka, till exempel 2',
    'cycle.hint.quarterDay': 'Bara för kvartalsvis: 1–31 eller "sista"',
    'cycle.hint.offsetDays':
      'Bara för räknas från: negativt är före, till exempel -56 för åtta veckor före',
    'cycle.hint.cron': 'Bara för cron, till exempel 0 9 * * 1 (måndagar kl. 9)',
    'cycle.hint.leadDays': 'Till exempel 14, 3, 0 (0 är samma dag)',
    'cycle.hint.skipMonths': 'Månadernas nummer, till exempel 7 för juli',
    'cycle.ownerChoice.coordinator': 'Samordnarna',
    'cycle.ownerChoice.facilitator': 'Processledarna',
    'cycle.ownerChoice.admin': 'Administratörerna',
    'cycle.ownerChoice.email': 'En person (e-post nedan)',
    'cycle.ownerChoice.channel': 'En kanal (namn nedan)',
    'cycle.ruleChoice.yearly': 'Årligen',
    'cycle.ruleChoice.quarterly': 'Kvartalsvis',
    'cycle.ruleChoice.everyWeeks': 'Var N:e vecka',
    'cycle.ruleChoice.relative': 'Räknas från en annan punkt eller ett forum',
    'cycle.ruleChoice.cron': 'Cron-uttryck',
    'cycle.ruleChoice.once': 'En gång',
    'cycle.quarterMonth.1': 'Första (jan, apr, jul, okt)',
    'cycle.quarterMonth.2': 'Andra (feb, maj, aug, nov)',
    'cycle.quarterMonth.3': 'Tredje (mar, jun, sep, dec)',
    'cycle.moveChoice.before': 'Flytta till vardagen före',
    'cycle.moveChoice.after': 'Flytta till vardagen efter',
    'cycle.moveChoice.none': 'Flytta inte',
    'cycle.moveChoice.skip': 'Hoppa över den gången',

    // Channels, the feed, importing the file
    'cycle.connect.notChannel':
      'Skriv det här i den kanal som ska få påminnelserna, inte i ett personligt samtal.',
    'cycle.connect.whole':
      'Klart! Årshjulets påminnelser till samordnare och andra roller kommer nu i den här kanalen.',
    'cycle.connect.items':
      'Klart! Påminnelser för {items} kommer nu i den här kanalen (#{channel}).',
    'cycle.connect.name':
      'Klart! Kanalnamnet {channel} är kopplat hit. Punkter med den kanalen som ansvarig får sina påminnelser här.',
    'cycle.disconnect.done':
      'Den här kanalen får inga fler påminnelser från årshjulet. De går till de ansvariga personligen igen.',
    'cycle.disconnect.none': 'Den här kanalen är inte kopplad till årshjulet.',

    'cycle.feed.title': 'Årshjulet i din kalender',
    'cycle.feed.howTo':
      'I Outlook: *Lägg till kalender → Prenumerera från webben*, och klistra in adressen. Kalendern visar de senaste tre månaderna och det kommande året, och uppdateras av sig själv.',
    'cycle.feed.secret':
      'Håll adressen för dig själv: den som har den kan se årshjulet. Gör en ny länk om den har spridits.',
    'cycle.feed.rotateConfirm':
      'Göra en ny länk? Den gamla slutar fungera, och alla som prenumererar behöver lägga in den nya.',
    'cycle.feed.rotated': 'Ny länk klar. Den gamla fungerar inte längre.',
    'cycle.feed.name': 'Årshjulet – Region Örebro län',
    'cycle.feed.owner': 'Ansvarig: {owner}',
    'cycle.feed.notFound': 'Den här kalendern finns inte. Be en samordnare om en ny länk.',

    'cycle.import.title': 'Läsa in årshjulsfilen',
    'cycle.import.summary': 'Filen {file}: {same} punkter är oförändrade.',
    'cycle.import.added': 'nya ({n})',
    'cycle.import.changed': 'ändras ({n})',
    'cycle.import.removed': 'tas bort, finns inte längre i filen ({n})',
    'cycle.import.kept': 'tillagda i chatten, behålls ({n})',
    'cycle.import.nothing': 'Filen ändrar ingenting i årshjulet.',
    'cycle.import.done': 'Årshjulsfilen är inläst',
    'cycle.import.noFile': 'Jag hittar ingen årshjulsfil att läsa in.',
    'cycle.import.changedAgain':
      'Filen har ändrats igen sedan du tittade. Skriv *årshjul importera* för att se de nya ändringarna.',

    // Errors and problems in the cycle file
    'cycle.error.noSuchItem': 'Det finns ingen punkt med id {item} i årshjulet.',
    'cycle.error.itemHasProblems':
      'Punkten {item} har ett fel och används inte förrän det är rättat. Skriv *årshjul ändra {item}*.',
    'cycle.error.notYours':
      '*{item}* är inte din punkt. Be den ansvariga eller en samordnare om hjälp.',
    'cycle.error.unknownAction':
      'Jag förstår inte "{word}". Efter *årshjul* kan du skriva koppla, koppla bort, ny, ändra, pausa, återuppta, ta bort, punkter, kalender eller importera.',
    'cycle.error.whichItem': 'Vilken punkt? Skriv till exempel *årshjul {word} laget-i-lanet*.',

    'cycle.problem.file': 'filen',
    'cycle.problem.itemNumber': 'punkt nr {n}',
    'cycle.problem.slugFormat': 'små bokstäver, siffror och bindestreck',
    'cycle.problem.emailFormat': 'en e-postadress',
    'cycle.problem.invalid_json': 'Filen är inte giltig JSON: {message}',
    'cycle.problem.unsupported_version': 'Filen har version {value}; jag kan läsa version 1.',
    'cycle.problem.unknown_time_zone':
      '{value} är ingen tidszon jag känner till; skriv till exempel Europe/Stockholm.',
    'cycle.problem.required': 'Måste fyllas i.',
    'cycle.problem.invalid_type': 'Fel sorts värde: här ska det vara {expected}.',
    'cycle.problem.invalid_value': 'Måste vara ett av: {allowed}.',
    'cycle.problem.invalid_format': 'Ska skrivas som {format}.',
    'cycle.problem.too_small': 'För litet: minst {minimum}.',
    'cycle.problem.too_big': 'För stort: högst {maximum}.',
    'cycle.problem.unknown_field': 'Okänt fält; ta bort det eller rätta stavningen.',
    'cycle.problem.duplicate_id': 'Två punkter har samma id; den första används.',
    'cycle.problem.duplicate_value': '{value} står två gånger.',
    'cycle.problem.no_such_date': '{value} finns inte i kalendern.',
    'cycle.problem.not_every_year':
      '29 februari finns inte varje år; välj 28 februari eller 1 mars.',
    'cycle.problem.not_every_quarter':
      'Dag {day} finns inte i alla kvartalets månader (högst {max}); välj "sista" för sista dagen.',
    'cycle.problem.rule_missing': 'Regeln säger inte när; ange en av {allowed}.',
    'cycle.problem.rule_ambiguous': 'Regeln anger flera sorter ({kinds}); ange bara en.',
    'cycle.problem.not_for_rule': 'Hör inte till en regel av sorten {rule}.',
    'cycle.problem.exactly_one': 'Ange exakt ett av: {allowed}.',
    'cycle.problem.cron_field_count':
      'Ett cron-uttryck har fem fält (minut timme dag månad veckodag), inte {count}.',
    'cycle.problem.cron_invalid': 'Fältet {part} i cron-uttrycket går inte att läsa: {value}.',
    'cycle.problem.cron_needs_one_time':
      'Cron-uttrycket måste ange en enda tid på dagen, men {part} är {value}.',
    'cycle.problem.cron_never': 'Cron-uttrycket inträffar aldrig.',
    'cycle.problem.unknown_item': 'Räknas från {item}, som inte finns i årshjulet.',
    'cycle.problem.base_item_invalid':
      'Räknas från {item}, som själv har ett fel; rätta det först.',
    'cycle.problem.relative_cycle': 'Punkterna räknas från varandra i en cirkel: {path}.',
    'cycle.problem.invalid': 'Ogiltigt värde: {message}',
  },
  {
    'cycle.and': 'and',

    // Nudges and their buttons
    'cycle.nudge.today': '*Today*: {date}',
    'cycle.nudge.tomorrow': '*Tomorrow*: {date}',
    'cycle.nudge.inDays': '*In {days} days*: {date}',
    'cycle.nudge.wasDue': '*Was due {days} days ago*: {date}',
    'cycle.nudge.late': 'This reminder comes late because the bot was down.',
    'cycle.nudge.snoozed': 'You asked to be reminded again.',
    'cycle.nudge.unconnected':
      'The channel #{channel} is not connected yet, so the coordinators get this reminder. Type *cycle connect {channel}* in the channel to connect it.',

    'cycle.button.done': 'Done',
    'cycle.button.doneFor': 'Done: {item}',
    'cycle.button.snoozeDay': 'Remind me tomorrow',
    'cycle.button.snoozeWeek': 'Remind me in a week',
    'cycle.button.reassign': 'Reassign',
    'cycle.button.reopen': 'Undo',
    'cycle.button.show': 'Annual cycle',
    'cycle.button.items': 'All items',
    'cycle.button.newItem': 'New item',
    'cycle.button.edit': 'Change',
    'cycle.button.pause': 'Pause',
    'cycle.button.resume': 'Resume',
    'cycle.button.remove': 'Remove',
    'cycle.button.removeConfirm': 'Yes, remove',
    'cycle.button.keep': 'No, keep it',
    'cycle.button.previous': 'Previous',
    'cycle.button.next': 'Next',
    'cycle.button.feed': 'Calendar link',
    'cycle.button.rotate': 'New link',
    'cycle.button.rotateConfirm': 'Yes, make a new link',
    'cycle.button.keepFeed': 'No, keep the link',
    'cycle.button.import': 'Read the file',
    'cycle.button.importConfirm': 'Read in the changes',

    // The 90-day view: states, owners, rules
    'cycle.show.title': 'The annual cycle: the next {days} days',
    'cycle.show.none': 'Nothing in the annual cycle in the coming days.',
    'cycle.show.overdue': 'Overdue (not marked done)',
    'cycle.show.problems': 'To fix in the annual cycle',
    'cycle.show.more': '… and {n} more',
    'cycle.show.fileChanged':
      'The file {file} has changed since it was read. Press *Read the file* to see what changes.',
    'cycle.show.everyone':
      'The coordinators are reminded before each item. Ask a coordinator if something should change.',
    'cycle.state.done': '✓ done',
    'cycle.state.snoozed': 'reminder again {date}',

    'cycle.owner.coordinator': 'the coordinators',
    'cycle.owner.facilitator': 'the facilitators',
    'cycle.owner.admin': 'the admins',
    'cycle.owner.unconnected': '{channel} (not connected)',

    'cycle.rule.yearly': 'every year on {days}',
    'cycle.rule.quarterly': "every quarter, on the {day} of the quarter's {month} month",
    'cycle.rule.quarterlyLast': "every quarter, on the last day of the quarter's {month} month",
    'cycle.rule.weekly': 'every week from {from}',
    'cycle.rule.everyOtherWeek': 'every other week from {from}',
    'cycle.rule.everyWeeks': 'every {weeks} week from {from}',
    'cycle.rule.cron': 'by the cron expression {expression}',
    'cycle.rule.once': 'once, {date}',
    'cycle.rule.forum': 'the forum {forum}',
    'cycle.rule.sameDay': 'the same day as {base}',
    'cycle.rule.before': '{span} before {base}',
    'cycle.rule.after': '{span} after {base}',
    'cycle.rule.week': '1 week',
    'cycle.rule.weeks': '{n} weeks',
    'cycle.rule.day': '1 day',
    'cycle.rule.days': '{n} days',
    'cycle.move.before': 'moved to the working day before a day off',
    'cycle.move.after': 'moved to the working day after a day off',
    'cycle.move.none': 'never moved',
    'cycle.move.skip': 'skipped on a day off',

    // Items: list, done, snooze, reassign, pause, resume, remove
    'cycle.items.title': 'Items of the annual cycle ({count}, page {page} of {pages})',
    'cycle.items.none': 'The annual cycle has no items yet.',
    'cycle.items.paused': 'paused',
    'cycle.items.broken': 'not used until the problem is fixed',
    'cycle.items.leads': 'reminders {days} days before',
    'cycle.items.leadSameDay': 'a reminder on the day',
    'cycle.items.skipMonths': 'not in {months}',
    'cycle.items.time': 'at {time}',
    'cycle.items.next': 'Next: {date}',
    'cycle.items.noNext': 'No date in the coming year.',

    'cycle.done.marked':
      "Done! *{item}* ({date}) is marked done. I won't send more reminders about it.",
    'cycle.done.already': '*{item}* ({date}) was already marked done by {name}.',
    'cycle.reopened': '*{item}* ({date}) is no longer marked done.',
    'cycle.snooze.set': "I'll remind you of *{item}* ({date}) again {until}.",
    'cycle.snooze.done': '*{item}* ({date}) is already done, so no new reminder is needed.',

    'cycle.reassign.title': 'Reassign',
    'cycle.reassign.intro':
      "Who should get the reminders about {item} from now on? Write the person's e-mail address.",
    'cycle.reassign.email': 'E-mail address',
    'cycle.reassign.submit': 'Reassign',
    'cycle.reassign.badEmail': 'Write an e-mail address, such as name@regionorebrolan.se.',
    'cycle.reassign.done': 'Done! {name} now owns *{item}* and gets its reminders.',
    'cycle.reassign.toYou':
      '{name} has made you the owner of *{item}* in the annual cycle. You will get its reminders from now on.',

    'cycle.pause.done': '*{item}* is paused: no dates and no reminders until it is resumed.',
    'cycle.pause.already': '*{item}* is already paused.',
    'cycle.pause.dependents': 'These items count from it and are paused too: {items}.',
    'cycle.resume.done': '*{item}* is running again. Reminders start with its next date.',
    'cycle.resume.already': '*{item}* is already running.',
    'cycle.resume.dependents': 'These items count from it and are running again: {items}.',
    'cycle.remove.confirm':
      'Remove *{item}* from the annual cycle? Reminders not sent yet are taken back.',
    'cycle.remove.done': '*{item}* is removed from the annual cycle.',
    'cycle.remove.hasDependents':
      'I cannot remove *{item}*, because these items count from it: {items}. Change or remove them first.',

    // The item form
    'cycle.form.newTitle': 'New item in the annual cycle',
    'cycle.form.editTitle': 'Change an item of the annual cycle',
    'cycle.form.newIntro':
      'Choose a rule and fill in the fields that go with it; the others may stay empty. Dates are Swedish time, and days off are handled as you choose.',
    'cycle.form.editIntro':
      'Changing {item}. Fill in the fields that go with the rule; the others may stay empty.',
    'cycle.form.submit': 'Save',
    'cycle.form.saved': 'Saved: *{item}*.',
    'cycle.form.added': 'Added to the annual cycle: *{item}*.',
    'cycle.form.idTaken': 'There is already an item with the id {item}. Choose another.',
    'cycle.form.notNumber': 'Write a whole number, such as 14 or -21.',
    'cycle.form.notNumbers': 'Write whole numbers separated by commas, such as 14, 3, 0.',
    'cycle.form.ownerValueNeeded': "Write the e-mail address or the channel's name here.",
    'cycle.form.quarterDay': 'Write a day (1–31) or "last".',
    'cycle.form.last': 'last',

    'cycle.field.id': 'Id',
    'cycle.field.titleSv': 'Title (Swedish)',
    'cycle.field.titleEn': 'Title in English',
    'cycle.field.descriptionSv': 'Description (Swedish)',
    'cycle.field.descriptionEn': 'Description in English',
    'cycle.field.owner': 'Who gets the reminders',
    'cycle.field.ownerValue': 'E-mail address or channel',
    'cycle.field.rule': 'Rule',
    'cycle.field.date':
      'Date (yearly: the day, the year does not matter; once: the day; every N weeks: the first time)',
    'cycle.field.moreDates': 'More days each year',
    'cycle.field.weeks': 'Weeks between the times',
    'cycle.field.quarterMonth': 'Month of the quarter',
    'cycle.field.quarterDay': 'Day of the month',
    'cycle.field.relativeTo': 'Counts from',
    'cycle.field.offsetDays': 'Days from it',
    'cycle.field.cron': 'Cron expression',
    'cycle.field.leadDays': 'Reminders, days before',
    'cycle.field.move': 'If the day is a day off',
    'cycle.field.skipMonths': 'Months without dates',
    'cycle.field.time': 'Time of the reminders',
    'cycle.hint.id':
      'Lower-case letters, digits and hyphens, such as laget-i-lanet. Cannot be changed later.',
    'cycle.hint.titleEn': 'Empty: the same as the Swedish',
    'cycle.hint.ownerValue':
      'Only for one person (e-mail) or a channel (name, such as rus-plattformen)',
    'cycle.hint.moreDates': 'Only for yearly: MM-DD separated by commas, such as 10-15',
    'cycle.hint.weeks': 'Only for every N weeks, such as 2',
    'cycle.hint.quarterDay': 'Only for quarterly: 1–31 or "last"',
    'cycle.hint.offsetDays':
      'Only for counts from: negative is before, such as -56 for eight weeks before',
    'cycle.hint.cron': 'Only for cron, such as 0 9 * * 1 (Mondays at 9)',
    'cycle.hint.leadDays': 'Such as 14, 3, 0 (0 is the day itself)',
    'cycle.hint.skipMonths': "The months' numbers, such as 7 for July",
    'cycle.ownerChoice.coordinator': 'The coordinators',
    'cycle.ownerChoice.facilitator': 'The facilitators',
    'cycle.ownerChoice.admin': 'The admins',
    'cycle.ownerChoice.email': 'One person (e-mail below)',
    'cycle.ownerChoice.channel': 'A channel (name below)',
    'cycle.ruleChoice.yearly': 'Yearly',
    'cycle.ruleChoice.quarterly': 'Quarterly',
    'cycle.ruleChoice.everyWeeks': 'Every N weeks',
    'cycle.ruleChoice.relative': 'Counts from another item or a forum',
    'cycle.ruleChoice.cron': 'Cron expression',
    'cycle.ruleChoice.once': 'Once',
    'cycle.quarterMonth.1': 'First (Jan, Apr, Jul, Oct)',
    'cycle.quarterMonth.2': 'Second (Feb, May, Aug, Nov)',
    'cycle.quarterMonth.3': 'Third (Mar, Jun, Sep, Dec)',
    'cycle.moveChoice.before': 'Move to the working day before',
    'cycle.moveChoice.after': 'Move to the working day after',
    'cycle.moveChoice.none': 'Do not move',
    'cycle.moveChoice.skip': 'Skip that time',

    // Channels, the feed, importing the file
    'cycle.connect.notChannel':
      'Type this in the channel that should get the reminders, not in a personal chat.',
    'cycle.connect.whole':
      "Done! The annual cycle's reminders to coordinators and other roles now come to this channel.",
    'cycle.connect.items': 'Done! Reminders for {items} now come to this channel (#{channel}).',
    'cycle.connect.name':
      'Done! The channel name {channel} is connected here. Items owned by that channel get their reminders here.',
    'cycle.disconnect.done':
      'This channel gets no more reminders from the annual cycle. They go to the owners personally again.',
    'cycle.disconnect.none': 'This channel is not connected to the annual cycle.',

    'cycle.feed.title': 'The annual cycle in your calendar',
    'cycle.feed.howTo':
      'In Outlook: *Add calendar → Subscribe from web*, and paste the address. The calendar shows the last three months and the coming year, and updates itself.',
    'cycle.feed.secret':
      'Keep the address to yourself: anyone who has it can see the annual cycle. Make a new link if it has spread.',
    'cycle.feed.rotateConfirm':
      'Make a new link? The old one stops working, and everyone who subscribes needs to add the new one.',
    'cycle.feed.rotated': 'New link ready. The old one no longer works.',
    'cycle.feed.name': 'Annual cycle – Region Örebro län',
    'cycle.feed.owner': 'Owner: {owner}',
    'cycle.feed.notFound': 'There is no such calendar. Ask a coordinator for a new link.',

    'cycle.import.title': 'Reading the annual cycle file',
    'cycle.import.summary': 'The file {file}: {same} items are unchanged.',
    'cycle.import.added': 'new ({n})',
    'cycle.import.changed': 'changed ({n})',
    'cycle.import.removed': 'removed, no longer in the file ({n})',
    'cycle.import.kept': 'added in chat, kept ({n})',
    'cycle.import.nothing': 'The file changes nothing in the annual cycle.',
    'cycle.import.done': 'The annual cycle file is read',
    'cycle.import.noFile': 'I cannot find an annual cycle file to read.',
    'cycle.import.changedAgain':
      'The file has changed again since you looked. Type *cycle import* to see the new changes.',

    // Errors and problems in the cycle file
    'cycle.error.noSuchItem': 'There is no item with the id {item} in the annual cycle.',
    'cycle.error.itemHasProblems':
      'The item {item} has a problem and is not used until it is fixed. Type *cycle edit {item}*.',
    'cycle.error.notYours': '*{item}* is not your item. Ask its owner or a coordinator for help.',
    'cycle.error.unknownAction':
      'I do not understand "{word}". After *cycle* you can type connect, disconnect, new, edit, pause, resume, remove, items, feed or import.',
    'cycle.error.whichItem': 'Which item? Type, for example, *cycle {word} laget-i-lanet*.',

    'cycle.problem.file': 'the file',
    'cycle.problem.itemNumber': 'item no. {n}',
    'cycle.problem.slugFormat': 'lower-case letters, digits and hyphens',
    'cycle.problem.emailFormat': 'an e-mail address',
    'cycle.problem.invalid_json': 'The file is not valid JSON: {message}',
    'cycle.problem.unsupported_version': 'The file is version {value}; I can read version 1.',
    'cycle.problem.unknown_time_zone':
      '{value} is not a time zone I know; write, for example, Europe/Stockholm.',
    'cycle.problem.required': 'Required.',
    'cycle.problem.invalid_type': 'Wrong kind of value: this should be {expected}.',
    'cycle.problem.invalid_value': 'Must be one of: {allowed}.',
    'cycle.problem.invalid_format': 'Must be written as {format}.',
    'cycle.problem.too_small': 'Too small: at least {minimum}.',
    'cycle.problem.too_big': 'Too big: at most {maximum}.',
    'cycle.problem.unknown_field': 'Unknown field; remove it or correct the spelling.',
    'cycle.problem.duplicate_id': 'Two items have this id; the first is used.',
    'cycle.problem.duplicate_value': '{value} is given twice.',
    'cycle.problem.no_such_date': '{value} is not a date in the calendar.',
    'cycle.problem.not_every_year':
      '29 February is not in every year; choose 28 February or 1 March.',
    'cycle.problem.not_every_quarter':
      'Day {day} is not in every month of the quarter (at most {max}); choose "last" for the last day.',
    'cycle.problem.rule_missing': 'The rule does not say when; give one of {allowed}.',
    'cycle.problem.rule_ambiguous': 'The rule gives several kinds ({kinds}); give only one.',
    'cycle.problem.not_for_rule': 'Does not belong to a {rule} rule.',
    'cycle.problem.exactly_one': 'Give exactly one of: {allowed}.',
    'cycle.problem.cron_field_count':
      'A cron expression has five fields (minute hour day month weekday), not {count}.',
    'cycle.problem.cron_invalid':
      'The {part} field of the cron expression cannot be read: {value}.',
    'cycle.problem.cron_needs_one_time':
      'The cron expression must give one time of day, but {part} is {value}.',
    'cycle.problem.cron_never': 'The cron expression never fires.',
    'cycle.problem.unknown_item': 'Counts from {item}, which is not in the annual cycle.',
    'cycle.problem.base_item_invalid':
      'Counts from {item}, which has a problem of its own; fix that first.',
    'cycle.problem.relative_cycle': 'The items count from each other in a circle: {path}.',
    'cycle.problem.invalid': 'Invalid value: {message}',
  },
);
