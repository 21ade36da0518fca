import { z } from 'zod';
import { type Attachment, type Form, message, type Reply } from '../../../src/core/chat.js';
import { type Command, defineCommand } from '../../../src/core/command.js';

/** A calendar entry as a command would attach it. */
export const calendarFile: Attachment = {
  name: 'Planeringsmöte.ics',
  mediaType: 'text/calendar; charset=utf-8',
  content: new TextEncoder().encode(
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//forumbot//test//SV\r\nEND:VCALENDAR\r\n',
  ),
  label: 'Lägg in i kalendern',
};

/** An export with personal data in it, named the way coordinators name files. */
export const guestListFile: Attachment = {
  name: 'Gästlista Örebro "slutlig".csv',
  mediaType: 'text/csv; charset=utf-8',
  content: new TextEncoder().encode('namn;organisation\r\nAnna Andersson;Kumla kommun\r\n'),
  label: 'Ladda ner gästlistan',
};

const meetingInputs: Form['inputs'] = [
  {
    kind: 'choice',
    name: 'room',
    label: 'Rum',
    required: true,
    options: [
      { value: 'aula', label: 'Aulan' },
      { value: 'b12', label: 'Sal B12' },
    ],
  },
  { kind: 'date', name: 'day', label: 'Dag', required: true },
  { kind: 'time', name: 'starts', label: 'Börjar', required: true },
  { kind: 'text', name: 'topic', label: 'Ämne', required: false, maxLength: 200 },
];

const meetingForm = (values: Form['values'] = {}, errors?: Record<string, string>): Form => ({
  title: 'Nytt planeringsmöte',
  submitLabel: 'Spara',
  submitCommand: 'test.meeting.save',
  args: { series: '7' },
  inputs: meetingInputs,
  values,
  ...(errors ? { errors } : {}),
});

/**
 * Small commands of the door tests' own, so they show what the door does with each kind
 * of input and reply without depending on any capability's rules. `calls` records what
 * each command was given.
 */
export function testCommands() {
  const calls: { id: string; args: Record<string, unknown> }[] = [];
  const seen = (id: string, args: Record<string, unknown>) => calls.push({ id, args });

  const commands: Command[] = [
    defineCommand({
      id: 'help',
      words: ['hjälp', 'help'],
      args: z.object({}),
      run: () => message({ kind: 'heading', text: 'Hjälp' }),
    }),
    defineCommand({
      id: 'test.meeting',
      words: ['möte'],
      args: z.object({}),
      run: (): Reply => ({ kind: 'form', form: meetingForm() }),
    }),
    defineCommand({
      id: 'test.meeting.save',
      args: z.object({
        series: z.string(),
        room: z.string(),
        day: z.string(),
        starts: z.string(),
        topic: z.string().default(''),
      }),
      run: (_, args): Reply => {
        seen('test.meeting.save', args);
        const errors: Record<string, string> = {};
        if (args.room === '') errors.room = 'Välj ett rum.';
        const weekday = args.day ? new Date(`${args.day}T12:00:00Z`).getUTCDay() : undefined;
        if (weekday === 0 || weekday === 6) errors.day = 'Välj en vardag.';
        if (Object.keys(errors).length > 0) {
          return { kind: 'form', form: meetingForm(args, errors), outcome: 'refused' };
        }
        return {
          ...message({ kind: 'text', text: `Sparat: ${args.day} kl. ${args.starts}` }),
          attachments: [calendarFile],
        };
      },
    }),
    defineCommand({
      id: 'test.export',
      words: ['export'],
      args: z.object({}),
      run: () => ({
        ...message({ kind: 'text', text: 'Här är gästlistan.' }),
        attachments: [guestListFile],
      }),
    }),
    defineCommand({
      id: 'test.export.mine',
      words: ['mina'],
      personal: true,
      args: z.object({}),
      run: () => ({
        ...message({ kind: 'text', text: 'Dina uppgifter.' }),
        attachments: [guestListFile],
      }),
    }),
    defineCommand({
      id: 'file.received',
      args: z.object({
        name: z.string(),
        mediaType: z.string(),
        base64: z.string(),
        caption: z.string(),
      }),
      run: (_, args) => {
        seen('file.received', args);
        const size = Buffer.from(args.base64, 'base64').length;
        return message({ kind: 'text', text: `Tog emot ${args.name} (${size} byte).` });
      },
    }),
  ];
  return { commands, calls };
}
