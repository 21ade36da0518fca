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
import type { MessageKey } from './sv.js';

/** English, for partners and staff who prefer it. Same keys as Swedish, checked by the type. */
export const en: Record<MessageKey, string> = {
  'help.title': 'What I can do',
  'help.intro':
    "I'm forumbot. I help you sign up for the region's forums. Press a button or type a command.",
  'help.list': '*forums* – show upcoming forums',
  'help.signup': '*signup* – sign up for the next forum',
  'help.my': '*my* – show your registration',
  'help.change': '*change* – change your registration',
  'help.cancel': '*cancel* – cancel your registration',
  'help.checkin': '*checkin* – check in at the venue with the code shown in the room',
  'help.help': '*help* – show this help',
  'help.facilitator.title': 'For facilitators',
  'help.facilitator':
    '*round* – open a consultation round in the channel (*round dialog*, *round remiss*)\n*rounds* – your rounds: inputs, prioritising, responses, export',
  'help.coordinator.title': 'For coordinators',
  'help.coordinator':
    '*manage* – every forum; *new* creates one, *redigera* edits\n*send me a CSV file* – the guest list (name, e-mail, organisation, organisation type, municipality, role, gender)\n*guests* – the guest list and the answers; *match* finds the guests in chat\n*invite* – send the invitations; *invitations* – how it goes\n*figures*, *catering*, *participation*, *export* – figures and lists\n*checkincode*, *attendance* – check-in at the venue\n*evaluation* – what participants thought\n*cycle* – the annual cycle: the next 90 days',
  'help.admin':
    '*roles* – grant and remove roles\n*erase person <e-mail>* – erase someone’s data on request\n*backup* – copy the database while the bot runs',

  'home.title': 'Hello{name}!',
  'home.mine': 'Your registrations and upcoming forums',

  'button.help': 'Help',
  'button.myRounds': 'My rounds',
  'button.manageForums': 'All forums',
  'button.list': 'Upcoming forums',
  'button.signup': 'Sign me up',
  'button.program': 'Programme',
  'button.my': 'My registration',
  'button.change': 'Change registration',
  'button.cancel': 'Cancel',
  'button.cancelConfirm': 'Yes, cancel',
  'button.keep': 'No, keep it',
  'button.submit': 'Send registration',
  'button.save': 'Save changes',

  'forum.list.none': 'There are no upcoming forums right now.',
  'forum.field.when': 'When',
  'forum.field.venue': 'Venue',
  'forum.field.seats': 'Seats',
  'forum.field.deadline': 'Registration closes',
  'forum.field.fee': 'Fee',
  'forum.seats': '{taken} of {capacity} taken, {left} left',
  'forum.seats.full': 'Full: all {capacity} seats are taken',
  'forum.fee': 'SEK {fee} per participant (invoiced to the organisation)',
  'forum.fee.none': 'No fee',
  'forum.program.title': 'Programme for {forum}',
  'forum.opensForSignup': 'Registration opens {opens}.',
  'forum.closedForSignup': 'Registration is closed.',
  'forum.registered': 'You are registered.',

  'signup.title': 'Registration',
  'signup.intro': 'Registration for {forum}, {when}. Registration closes {deadline}.',
  'signup.field.organisation': 'Organisation',
  'signup.field.roleTitle': 'Role or title',
  'signup.field.lunchDay1': 'Lunch day 1',
  'signup.field.dinnerDay1': 'Dinner day 1',
  'signup.field.overnight': 'Overnight stay',
  'signup.field.breakfastDay2': 'Breakfast day 2',
  'signup.field.lunchDay2': 'Lunch day 2',
  'signup.field.diet': 'Diet and allergies',
  'signup.field.accessibility': 'Accessibility needs',
  'signup.field.invoiceReference': 'Invoice reference',
  'signup.hint.invoiceReference': "Reference or cost centre for your organisation's invoice",
  'signup.done': "Done! You're registered for {forum}.",
  'signup.changed': 'Done! Your registration for {forum} is updated.',

  'my.title': 'Your registration for {forum}',
  'my.none': 'You have no registration for {forum}.',
  'my.yes': 'Yes',
  'my.no': 'No',
  'my.meals': 'Meals',
  'my.mealsNone': 'No meals',
  'my.empty': '–',

  'cancel.confirm': 'Do you want to cancel your registration for {forum}?',
  'cancel.kept': 'Good, your registration for {forum} stands.',
  'cancel.done': 'Your registration for {forum} is cancelled. Welcome back another time!',

  'forum.changed.title': 'Changed: {forum}',
  'forum.changed.text':
    '{forum} has a new time or place: {when}, {venue}. Open the calendar file below to move the entry in your calendar.',
  'calendar.label': 'Add to calendar',
  'calendar.cancelledLabel': 'Calendar file for the cancellation',
  'calendar.description':
    'Your registration for {forum}. Write *my* to forumbot to see, change or cancel it.',
  'calendar.cancelledDescription': 'Cancelled: your registration for {forum} is cancelled.',
  'cancel.calendarNote':
    'Is {forum} in your calendar? Open the file below to mark it cancelled, or delete it yourself.',

  'privacy.personalChat':
    'This is about your own details, so let us take it in a personal chat where only you see it.',
  'button.openPersonalChat': 'Open personal chat',

  'error.unknownCommand': "I don't know the command “{word}”. Type *help* to see what I can do.",
  'error.forumNotFound':
    "I can't find a forum called “{ref}”. Type *forums* to see upcoming forums.",
  'error.noUpcomingForum': 'There is no upcoming forum to sign up for right now.',
  'error.forumFull': '{forum} is full: all {capacity} seats are taken.',
  'error.registrationNotOpen': 'Registration for {forum} opens {opens}. Welcome back then!',
  'error.registrationClosed':
    'Registration for {forum} closed {deadline}. Contact the coordinator if you need to change anything.',
  'error.forumStarted': '{forum} has already started.',
  'error.notRegistered': 'You have no registration for {forum}.',
  'error.alreadyCancelled': 'Your registration for {forum} is already cancelled.',
  'error.invalidInput': "Something in what you sent isn't right. Please try again.",
  'error.formInvalid': 'Some fields need fixing. What you wrote is still there.',
  'error.unexpected': 'Something went wrong on my side. Please try again in a moment.',

  'field.required': 'Please fill in this field.',
  'field.tooLong': 'At most {max} characters (now {length}).',

  'shell.welcome': 'Welcome to forumbot in the terminal. Type *help* to start, *quit* to leave.',
  'shell.choose': 'Choose a number or type a command',
  'shell.toggle': '(y/n)',
  'shell.optional': '(optional, press Enter to skip)',
  'shell.keep': '(Enter keeps “{value}”)',
  'shell.keepOrClear': '(Enter keeps “{value}”, - clears)',
  'shell.yes': 'y',
  'shell.no': 'n',
  'shell.yesNo': 'Answer y or n.',
  'shell.formCancelled': 'Form cancelled. Nothing was saved.',
  'shell.formHint': 'Type *cancel* to leave the form.',
  'shell.bye': 'Bye!',
  'door.download': 'Download {name}',
  'door.savedFile': 'File saved: {path}',
  'door.messageFor': 'Message to {name}',

  ...rolesMessages.en,
  ...editionsMessages.en,
  ...guestsMessages.en,
  ...invitationsMessages.en,
  ...waitlistMessages.en,
  ...remindersMessages.en,
  ...attendanceMessages.en,
  ...figuresMessages.en,
  ...evaluationMessages.en,
  ...outboxMessages.en,
  ...cycleMessages.en,
  ...roundsMessages.en,
  ...privacyMessages.en,
  ...auditMessages.en,
  ...backupMessages.en,
  ...shellDoorMessages.en,
  ...slackDoorMessages.en,
  ...teamsDoorMessages.en,
};
