import { defineMessages } from '../i18n/define-messages.js';

export const guestsMessages = defineMessages(
  {
    'guests.csv.unclosedQuote':
      'Filen går inte att läsa som en tabell: ett citattecken på rad {line} avslutas aldrig. Spara listan från Excel som ”CSV UTF-8” och skicka den igen.',
    'guests.csv.missingColumns':
      'Gästlistan saknar kolumnerna {columns}. Första raden ska ha rubrikerna namn, e-post, organisation och organisationstyp (kommun, roll och kön får också finnas).',
    'guests.row.missing': 'rad {line}: {column} saknas',
    'guests.row.badEmail': 'rad {line}: ”{email}” ser inte ut som en e-postadress',
    'guests.row.duplicate': 'rad {line}: {email} finns redan på rad {first}',
    'guests.row.tooLong': 'rad {line}: {column} är längre än {max} tecken',
    'guests.row.badMunicipality':
      'rad {line}: ”{value}” är inte en kommun i Örebro län (lämna tomt för organisationer som täcker hela länet)',
    'guests.row.badGender':
      'rad {line}: ”{value}” går inte att läsa som kön (kvinna, man, annat, eller tomt)',
    'guests.imported.title': 'Gästlistan för {forum}',
    'guests.imported.counts':
      '{created} nya och {updated} uppdaterade. Gästlistan har nu {total} personer.',
    'guests.imported.problems':
      '{count} rader kom inte med. Rätta dem och skicka filen igen; de andra raderna ändras inte av det:',
    'guests.imported.more': '… och {count} till.',
    'guests.file.unknown':
      'Jag tar emot gästlistor som CSV-fil (spara från Excel som ”CSV UTF-8”) och forum som JSON-fil. ”{name}” är ingetdera.',
    'guests.file.badJson':
      'Forumfilen är inte giltig JSON. Kontrollera kommatecken och citattecken.',
    'guests.file.forumProblems': 'Forumfilen behöver rättas innan jag kan spara den:',
    'guests.file.tooBig': 'Filen är för stor ({size} kB). En gästlista ryms på under 2 MB.',
    'guests.list.title': 'Gästlistan för {forum}',
    'guests.list.empty':
      'Gästlistan är tom. Skicka en CSV-fil med kolumnerna namn, e-post, organisation, organisationstyp, kommun, roll (och gärna kön) till mig i en personlig chatt.',
    'guests.list.counts':
      '{total} inbjudna: {yes} ja, {no} nej, {substituted} har skickat en kollega, {none} har inte svarat.',
    'guests.list.line': '{name}, {organisation} – {answer}',
    'guests.answer.yes': 'ja',
    'guests.answer.no': 'nej',
    'guests.answer.substituted': 'skickar en kollega',
    'guests.answer.none': 'inget svar',
    'guests.list.page': 'Sida {page} av {pages}',
    'guests.match.started':
      'Jag letar upp {count} personer i Slack och Teams via e-postadressen. Det kan ta några minuter; jag skriver här när jag är klar.',
    'guests.match.nothing': 'Alla på gästlistan är redan kopplade till en chattanvändare.',
    'guests.match.title': 'Matchning av gästlistan för {forum}',
    'guests.match.result':
      '{found} av {total} hittades i chatten. {missing} hittades inte; de kan inte få inbjudan i chatten förrän de har skrivit till mig en gång:',
    'guests.match.allFound': 'Alla {total} hittades i chatten.',
    'button.guestList': 'Gästlistan',
    'button.matchGuests': 'Matcha mot chattanvändare',
    'button.previousPage': 'Föregående',
    'button.nextPage': 'Nästa',
  },
  {
    'guests.csv.unclosedQuote':
      'The file cannot be read as a table: a quotation mark on line {line} is never closed. Save the list from Excel as “CSV UTF-8” and send it again.',
    'guests.csv.missingColumns':
      'The guest list lacks the columns {columns}. The first row must have the headings name, e-mail, organisation and organisation type (municipality, role and gender may be there too).',
    'guests.row.missing': 'line {line}: {column} is missing',
    'guests.row.badEmail': 'line {line}: “{email}” does not look like an e-mail address',
    'guests.row.duplicate': 'line {line}: {email} is already on line {first}',
    'guests.row.tooLong': 'line {line}: {column} is longer than {max} characters',
    'guests.row.badMunicipality':
      'line {line}: “{value}” is not a municipality in Örebro county (leave it empty for organisations covering the whole county)',
    'guests.row.badGender':
      'line {line}: “{value}” cannot be read as a gender (woman, man, other, or empty)',
    'guests.imported.title': 'The guest list for {forum}',
    'guests.imported.counts':
      '{created} new and {updated} updated. The guest list now has {total} people.',
    'guests.imported.problems':
      '{count} rows were left out. Correct them and send the file again; the other rows are not affected:',
    'guests.imported.more': '… and {count} more.',
    'guests.file.unknown':
      'I take guest lists as CSV files (save from Excel as “CSV UTF-8”) and forums as JSON files. “{name}” is neither.',
    'guests.file.badJson': 'The forum file is not valid JSON. Check commas and quotation marks.',
    'guests.file.forumProblems': 'The forum file needs fixing before I can save it:',
    'guests.file.tooBig': 'The file is too big ({size} kB). A guest list fits in under 2 MB.',
    'guests.list.title': 'The guest list for {forum}',
    'guests.list.empty':
      'The guest list is empty. Send me a CSV file with the columns name, e-mail, organisation, organisation type, municipality, role (and preferably gender) in a personal chat.',
    'guests.list.counts':
      '{total} invited: {yes} yes, {no} no, {substituted} sent a colleague, {none} have not answered.',
    'guests.list.line': '{name}, {organisation} – {answer}',
    'guests.answer.yes': 'yes',
    'guests.answer.no': 'no',
    'guests.answer.substituted': 'sends a colleague',
    'guests.answer.none': 'no answer',
    'guests.list.page': 'Page {page} of {pages}',
    'guests.match.started':
      'I am looking up {count} people in Slack and Teams by e-mail address. It may take a few minutes; I will write here when I am done.',
    'guests.match.nothing': 'Everyone on the guest list is already linked to a chat user.',
    'guests.match.title': 'Matching the guest list for {forum}',
    'guests.match.result':
      '{found} of {total} were found in chat. {missing} were not; they cannot get the invitation in chat until they have written to me once:',
    'guests.match.allFound': 'All {total} were found in chat.',
    'button.guestList': 'Guest list',
    'button.matchGuests': 'Match with chat users',
    'button.previousPage': 'Previous',
    'button.nextPage': 'Next',
  },
);
