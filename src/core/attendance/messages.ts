import { defineMessages } from '../i18n/define-messages.js';

export const attendanceMessages = defineMessages(
  {
    'attendance.code.title': 'Incheckning: {forum}',
    'attendance.code.code': 'Kod',
    'attendance.code.day': 'Dag {day}',
    'attendance.code.howTo':
      'Visa koden i lokalen. Deltagarna checkar in genom att skriva *checkin {code}* till mig (eller bara *checkin*, så frågar jag efter koden). Det går dag 1 och dag 2.',
    'attendance.form.title': 'Checka in',
    'attendance.form.intro': 'Välkommen till {forum}! Skriv koden som visas i lokalen.',
    'attendance.form.code': 'Kod',
    'attendance.form.submit': 'Checka in',
    'attendance.checkedIn': 'Välkommen! Du är incheckad på {forum}, dag {day}.',
    'attendance.alreadyCheckedIn':
      'Du är redan incheckad på {forum} för dag {day} (kl. {time}), så allt är klart. Välkommen!',
    'attendance.list.title': 'Närvaro: {forum}',
    'attendance.list.today': 'Dag {day}: {in} av {total} anmälda är incheckade.',
    'attendance.list.closed':
      'Incheckningen är öppen {day1} och {day2}; då kan du checka in deltagare härifrån. Incheckade dag 1: {in1}, dag 2: {in2}, av {total} anmälda.',
    'attendance.list.empty': 'Det finns inga anmälda deltagare än.',
    'attendance.list.filter': 'Sökning ”{filter}”: {count} träffar.',
    'attendance.list.noMatch': 'Ingen anmäld deltagare matchar ”{filter}”.',
    'attendance.list.page': 'Sida {page} av {pages}',
    'attendance.list.in': 'Dag {day}: incheckad {time}',
    'attendance.list.out': 'Dag {day}: –',
    'attendance.list.stale': 'Listan var från dag {day}, så inget ändrades. Här är dagens lista.',
    'attendance.marked': '{name} är incheckad för dag {day}.',
    'attendance.alreadyMarked': '{name} var redan incheckad för dag {day}.',
    'attendance.unmarked': 'Incheckningen av {name} för dag {day} är borttagen.',
    'attendance.notMarked': '{name} var inte incheckad för dag {day}, så inget ändrades.',
    'attendance.search.title': 'Sök i närvarolistan',
    'attendance.search.field': 'Namn eller organisation',
    'attendance.search.submit': 'Sök',
    'attendance.button.list': 'Närvarolista',
    'attendance.button.checkIn': 'Checka in {name}',
    'attendance.button.undo': 'Ångra incheckning: {name}',
    'attendance.button.previous': '← Föregående',
    'attendance.button.next': 'Nästa →',
    'attendance.button.search': 'Sök',
    'attendance.button.showAll': 'Visa alla',
    'attendance.error.noForum': 'Det finns inget forum än.',
    'attendance.error.noForumToday': 'Det finns inget forum att checka in på i dag.',
    'attendance.error.notCheckinDay':
      'Incheckningen till {forum} är öppen bara under forumets två dagar: {day1} och {day2}.',
    'attendance.error.wrongCode':
      'Koden stämmer inte. Titta på koden som visas i lokalen och försök igen.',
    'attendance.error.notRegistered':
      'Du står inte på deltagarlistan till {forum}, så jag kan inte checka in dig. Prata med receptionen så hjälper de dig.',
    'attendance.error.waitlisted':
      'Du står på väntelistan till {forum} och har ingen bekräftad plats, så jag kan inte checka in dig. Prata med receptionen så hjälper de dig.',
    'attendance.error.notOnList':
      '{name} har ingen bekräftad plats på {forum} längre, så incheckningen ändrades inte.',
  },
  {
    'attendance.code.title': 'Check-in: {forum}',
    'attendance.code.code': 'Code',
    'attendance.code.day': 'Day {day}',
    'attendance.code.howTo':
      'Show the code at the venue. Participants check in by writing *checkin {code}* to me (or just *checkin*, and I ask for the code). It works on day 1 and day 2.',
    'attendance.form.title': 'Check in',
    'attendance.form.intro': 'Welcome to {forum}! Enter the code shown at the venue.',
    'attendance.form.code': 'Code',
    'attendance.form.submit': 'Check in',
    'attendance.checkedIn': 'Welcome! You are checked in at {forum}, day {day}.',
    'attendance.alreadyCheckedIn':
      'You are already checked in at {forum} for day {day} (at {time}), so you are all set. Welcome!',
    'attendance.list.title': 'Attendance: {forum}',
    'attendance.list.today': 'Day {day}: {in} of {total} registered are checked in.',
    'attendance.list.closed':
      'Check-in is open on {day1} and {day2}; then you can check people in from here. Checked in on day 1: {in1}, day 2: {in2}, of {total} registered.',
    'attendance.list.empty': 'Nobody has registered yet.',
    'attendance.list.filter': 'Search “{filter}”: {count} found.',
    'attendance.list.noMatch': 'No registered participant matches “{filter}”.',
    'attendance.list.page': 'Page {page} of {pages}',
    'attendance.list.in': 'Day {day}: checked in {time}',
    'attendance.list.out': 'Day {day}: –',
    'attendance.list.stale':
      'That list was from day {day}, so nothing changed. Here is today’s list.',
    'attendance.marked': '{name} is checked in for day {day}.',
    'attendance.alreadyMarked': '{name} was already checked in for day {day}.',
    'attendance.unmarked': 'The check-in of {name} for day {day} is removed.',
    'attendance.notMarked': '{name} was not checked in for day {day}, so nothing changed.',
    'attendance.search.title': 'Search the attendance list',
    'attendance.search.field': 'Name or organisation',
    'attendance.search.submit': 'Search',
    'attendance.button.list': 'Attendance list',
    'attendance.button.checkIn': 'Check in {name}',
    'attendance.button.undo': 'Undo check-in: {name}',
    'attendance.button.previous': '← Previous',
    'attendance.button.next': 'Next →',
    'attendance.button.search': 'Search',
    'attendance.button.showAll': 'Show all',
    'attendance.error.noForum': 'There are no forums yet.',
    'attendance.error.noForumToday': 'There is no forum to check in to today.',
    'attendance.error.notCheckinDay':
      'Check-in for {forum} is open only on the forum’s two days: {day1} and {day2}.',
    'attendance.error.wrongCode':
      'That code is not right. Check the code shown at the venue and try again.',
    'attendance.error.notRegistered':
      'You are not on the participant list for {forum}, so I cannot check you in. Please talk to the reception desk and they will help you.',
    'attendance.error.waitlisted':
      'You are on the waitlist for {forum} and have no confirmed seat, so I cannot check you in. Please talk to the reception desk and they will help you.',
    'attendance.error.notOnList':
      '{name} no longer has a confirmed seat at {forum}, so the check-in was not changed.',
  },
);
