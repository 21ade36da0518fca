import { z } from 'zod';
import { type Form, type FormValue, message } from '../../../src/core/chat.js';
import { defineCommand } from '../../../src/core/command.js';

/** What the test commands were given, newest last. */
export const received: Record<string, unknown>[] = [];

const meetingInputs: Form['inputs'] = [
  {
    kind: 'choice',
    name: 'room',
    label: 'Lokal',
    required: true,
    options: [
      { value: 'aula', label: 'Aulan' },
      { value: 'sal-b', label: 'Sal B' },
      { value: 'digital', label: 'Digitalt' },
    ],
  },
  {
    kind: 'choice',
    name: 'food',
    label: 'Fika',
    required: false,
    options: [
      { value: 'kaffe', label: 'Kaffe' },
      { value: 'te', label: 'Te' },
    ],
  },
  { kind: 'date', name: 'day', label: 'Datum', required: true },
  { kind: 'time', name: 'starts', label: 'Börjar', required: true },
  { kind: 'time', name: 'ends', label: 'Slutar', required: false },
];

const meetingForm = (values: Record<string, FormValue>, errors?: Record<string, string>) => ({
  kind: 'form' as const,
  form: {
    title: 'Boka möte',
    submitLabel: 'Boka',
    submitCommand: 'test.meeting.save',
    args: { group: '7' },
    inputs: meetingInputs,
    values,
    ...(errors ? { errors } : {}),
  },
});

/** A form with a one-line and a multi-line text, both with a hint. */
const noteForm = (values: Record<string, FormValue>) => ({
  kind: 'form' as const,
  form: {
    title: 'Anteckning',
    submitLabel: 'Spara',
    submitCommand: 'test.note.save',
    args: {},
    inputs: [
      {
        kind: 'text',
        name: 'subject',
        label: 'Rubrik',
        required: true,
        maxLength: 60,
        hint: 'Några ord om vad det gäller.',
      },
      {
        kind: 'text',
        name: 'body',
        label: 'Text',
        required: false,
        maxLength: 40,
        multiline: true,
        hint: 'En punkt per rad.',
      },
    ] satisfies Form['inputs'],
    values,
  },
});

/**
 * Small commands of the tests' own, so the door is tested against what it must handle
 * (every input kind, attachments, files, buttons) rather than against today's features.
 */
export const testCommands = [
  defineCommand({
    id: 'test.hello',
    words: ['hej', 'hello'],
    args: z.object({}),
    run: (ctx) =>
      message(
        { kind: 'text', text: `Hej ${ctx.actor.displayName}!` },
        { kind: 'actions', buttons: [{ label: 'Boka möte', command: 'test.meeting' }] },
      ),
  }),
  defineCommand({
    id: 'test.meeting',
    words: ['möte'],
    args: z.object({}),
    run: () => meetingForm({ room: 'sal-b', food: 'te' }),
  }),
  defineCommand({
    id: 'test.meeting.save',
    args: z.record(z.string(), z.union([z.string(), z.boolean()])),
    run: (_ctx, values) => {
      received.push({ command: 'test.meeting.save', ...values });
      // A rule of the core's, which the terminal does not know: a meeting ends after it starts.
      if (values.ends && String(values.ends) <= String(values.starts)) {
        return {
          ...meetingForm(values, { ends: 'Mötet måste sluta efter att det börjar.' }),
          outcome: 'refused',
        };
      }
      if (!values.room) {
        return { ...meetingForm(values, { room: 'Välj en lokal.' }), outcome: 'refused' };
      }
      return message({
        kind: 'text',
        text: `Bokat: ${values.room} ${values.day} ${values.starts}–${values.ends || '?'} (${values.food || 'ingen fika'})`,
      });
    },
  }),
  defineCommand({
    id: 'test.note',
    words: ['anteckning'],
    args: z.object({}),
    run: () => noteForm({}),
  }),
  defineCommand({
    id: 'test.note.old',
    words: ['gammal'],
    args: z.object({}),
    run: () => noteForm({ subject: 'Inköp', body: 'Mjölk\n\nÄgg' }),
  }),
  defineCommand({
    id: 'test.note.save',
    args: z.object({ subject: z.string(), body: z.string() }),
    run: (_ctx, values) => {
      received.push({ command: 'test.note.save', ...values });
      return message({ kind: 'text', text: `Sparat: ${values.subject}` });
    },
  }),
  defineCommand({
    id: 'test.answer',
    args: z.object({ answer: z.string() }),
    run: (_ctx, { answer }) => message({ kind: 'text', text: `Du svarade ${answer}.` }),
  }),
  defineCommand({
    id: 'test.export',
    words: ['export'],
    args: z.object({}),
    run: () => ({
      ...message({ kind: 'text', text: 'Här är listan.' }),
      attachments: [
        {
          name: '../../deltagare\u001b[2J.csv',
          mediaType: 'text/csv',
          content: new TextEncoder().encode('namn;kost\nEva;vegetarisk\n'),
          label: 'Deltagarlista',
        },
      ],
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
    run: (_ctx, file) => {
      received.push({ command: 'file.received', ...file });
      const bytes = Buffer.from(file.base64, 'base64').length;
      return message({
        kind: 'text',
        text: `Tog emot ${file.name} (${file.mediaType}, ${bytes} byte).`,
      });
    },
  }),
];
