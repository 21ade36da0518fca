import { defineMessages } from '../i18n/define-messages.js';

export const evaluationMessages = defineMessages(
  {
    'evaluation.invite.title': 'Hur var {forum}?',
    'evaluation.invite.text':
      'Tack för att du var med på {forum}! Vad tycker du om forumet som helhet, från 1 (inte bra) till 5 (mycket bra)? Tryck på en siffra, sedan kan du skriva en kommentar om du vill.',
    'evaluation.invite.anonymous':
      'Svaren är anonyma i sammanställningarna: ingen där ser vem som svarat vad.',
    'evaluation.form.title': 'Utvärdering',
    'evaluation.form.intro':
      'Tack! Ditt betyg {rating} av 5 för {forum} är sparat. Vill du lägga till något: vad var bra, vad kan bli bättre? Det är frivilligt.',
    'evaluation.form.comment': 'Kommentar',
    'evaluation.form.submit': 'Skicka',
    'evaluation.thanks':
      'Tack för dina svar om {forum}! Vill du ändra betyget trycker du på en annan siffra i meddelandet.',
    'evaluation.error.notEnded':
      '{forum} är inte slut än. Utvärderingen öppnar när forumet är över.',
    'evaluation.error.notAttended':
      'Utvärderingen av {forum} är till för dem som var med, och jag har ingen incheckning för dig. Hör av dig till samordnarna om det inte stämmer.',
    'evaluation.error.noRating':
      'Välj ett betyg först, med en av siffrorna i meddelandet om {forum}.',
    'evaluation.error.tooFewToExport':
      'Det finns bara {answers} svar. Exporten går att göra när minst {min} har svarat, så att ingen kan kännas igen.',
    'evaluation.summary.title': 'Utvärdering: {forum}',
    'evaluation.summary.notYet': 'Forumet är inte slut än. Utvärderingen går ut {when}.',
    'evaluation.summary.answers': 'Svar',
    'evaluation.summary.answersValue': '{answers} av {attended} som kom',
    'evaluation.summary.tooFew':
      'Bara {answers} svar än. Betyg och kommentarer visas när minst {min} har svarat, så att ingen kan kännas igen.',
    'evaluation.summary.average': 'Medelbetyg (1–5)',
    'evaluation.summary.distribution': 'Fördelning',
    'evaluation.summary.distributionLine': '{rating}: {count} ({percent} %)',
    'evaluation.summary.comments': 'Kommentarer',
    'evaluation.summary.noComments': 'Inga kommentarer.',
    'evaluation.summary.rating': 'Betyg {rating}',
    'evaluation.summary.more': '… och {count} till. Alla finns i exporten.',
    'evaluation.export.done': 'Här är svaren på utvärderingen av {forum}, utan namn.',
    'evaluation.file': 'utvardering',
    'evaluation.sheet': 'Utvärdering',
    'evaluation.column.rating': 'Betyg',
    'evaluation.column.comment': 'Kommentar',
    'evaluation.label.xlsx': 'Utvärdering (Excel)',
    'evaluation.label.csv': 'Utvärdering (CSV)',
    'evaluation.button.exportXlsx': 'Exportera (Excel)',
    'evaluation.button.exportCsv': 'Exportera (CSV)',
  },
  {
    'evaluation.invite.title': 'How was {forum}?',
    'evaluation.invite.text':
      'Thank you for coming to {forum}! What did you think of the forum as a whole, from 1 (not good) to 5 (very good)? Press a number; then you can add a comment if you like.',
    'evaluation.invite.anonymous':
      'Answers are anonymous in the summaries: nobody there sees who answered what.',
    'evaluation.form.title': 'Evaluation',
    'evaluation.form.intro':
      'Thank you! Your rating of {rating} out of 5 for {forum} is saved. Would you like to add anything: what was good, what could be better? It is optional.',
    'evaluation.form.comment': 'Comment',
    'evaluation.form.submit': 'Send',
    'evaluation.thanks':
      'Thank you for your answers about {forum}! To change your rating, press another number in the message.',
    'evaluation.error.notEnded': '{forum} is not over yet. The evaluation opens when it is.',
    'evaluation.error.notAttended':
      'The evaluation of {forum} is for those who were there, and I have no check-in for you. Please contact the coordinators if that is wrong.',
    'evaluation.error.noRating':
      'Choose a rating first, with one of the numbers in the message about {forum}.',
    'evaluation.error.tooFewToExport':
      'There are only {answers} answers. The export is possible once at least {min} have answered, so that no one can be recognised.',
    'evaluation.summary.title': 'Evaluation: {forum}',
    'evaluation.summary.notYet': 'The forum is not over yet. The evaluation goes out on {when}.',
    'evaluation.summary.answers': 'Answers',
    'evaluation.summary.answersValue': '{answers} of {attended} who came',
    'evaluation.summary.tooFew':
      'Only {answers} answers so far. Ratings and comments are shown once at least {min} have answered, so that no one can be recognised.',
    'evaluation.summary.average': 'Average rating (1–5)',
    'evaluation.summary.distribution': 'Distribution',
    'evaluation.summary.distributionLine': '{rating}: {count} ({percent}%)',
    'evaluation.summary.comments': 'Comments',
    'evaluation.summary.noComments': 'No comments.',
    'evaluation.summary.rating': 'Rating {rating}',
    'evaluation.summary.more': '… and {count} more. The export has them all.',
    'evaluation.export.done': 'Here are the answers to the evaluation of {forum}, without names.',
    'evaluation.file': 'evaluation',
    'evaluation.sheet': 'Evaluation',
    'evaluation.column.rating': 'Rating',
    'evaluation.column.comment': 'Comment',
    'evaluation.label.xlsx': 'Evaluation (Excel)',
    'evaluation.label.csv': 'Evaluation (CSV)',
    'evaluation.button.exportXlsx': 'Export (Excel)',
    'evaluation.button.exportCsv': 'Export (CSV)',
  },
);
