import type {
  Actor,
  Attachment,
  Button,
  Form,
  FormValue,
  Input,
  Reply,
  View,
} from '../../core/chat.js';
import type { Dispatcher } from '../../core/dispatcher.js';
import { UserError } from '../../core/errors.js';
import { type Translate, translator } from '../../core/i18n/translate.js';
import { DeliveryError, type Outgoing } from '../../core/outbox/outlet.js';
import type { AnswerCheck } from './answer-check.js';
import { formPrompt, isMultiline } from './form-prompt.js';
import { readAnswer } from './read-answer.js';
import { readLines } from './read-lines.js';
import { readSentFile, type SentFile } from './read-sent-file.js';
import { emphasis, renderView, safe, type TextStyle } from './render-view.js';
import { savedFileLines } from './saved-file-lines.js';
import { shellAddress } from './shell-address.js';
import { typedPath } from './typed-path.js';

interface FormState {
  form: Form;
  /** The inputs still to ask, in order; after a refused submit, only the refused ones. */
  queue: Input[];
  values: Record<string, FormValue>;
  /** The lines of a multi-line answer typed so far, until the empty line that ends it. */
  lines?: string[];
}

/** A message the bot sent on its own, ready to print once the person is free to read it. */
interface Notice {
  header: string;
  view: View;
  /** Lines naming the files that came with it, already saved. */
  files: string[];
  t: Translate;
}

const quitWords = new Set(['avsluta', 'quit', 'exit', 'sluta']);
const cancelWords = new Set(['avbryt', 'cancel']);
/** Understood by the door itself: a terminal has no upload button. */
const fileWords = new Set(['fil', 'file']);
/** The core command that takes a file sent to the bot, from any door. */
const fileReceived = 'file.received';
/** What a terminal shows before the next line: a command, or more of a multi-line answer. */
const prompts = { line: '> ', more: '… ' } as const;

export interface ShellSessionDeps {
  dispatcher: Dispatcher;
  actor: Actor;
  style: TextStyle;
  write: (line: string) => void;
  /** Where files that come with the bot's messages are written (default `data/exports`). */
  exportDir?: string;
  /**
   * Prints a message the bot sends on its own while the person sits at the prompt. A
   * terminal clears the prompt line first and draws it again afterwards, with what had been
   * typed; a pipe just prints.
   */
  aside?: (print: () => void) => void;
}

/**
 * The terminal conversation as a line-in, lines-out state machine. Keeping it free of
 * readline lets tests drive it directly and lets the door work the same on a TTY or a pipe.
 */
export function createShellSession(deps: ShellSessionDeps) {
  const { dispatcher, actor, style, write } = deps;
  const exportDir = deps.exportDir ?? 'data/exports';
  const aside = deps.aside ?? ((print: () => void) => print());
  const t: Translate = translator(actor.locale);
  const address = shellAddress(actor.userId);
  let choices: Button[] = [];
  let filling: FormState | undefined;
  /** A line is being answered; messages the bot sends meanwhile come after the answer. */
  let busy = false;
  /** Between the welcome and the goodbye someone is at the keyboard to read messages. */
  let open = false;
  const held: Notice[] = [];

  const saveFiles = (attachments: Attachment[] | undefined, tr: Translate, rethrow: boolean) =>
    savedFileLines(exportDir, attachments, tr, style, rethrow);

  async function show(reply: Reply): Promise<void> {
    const files = await saveFiles(reply.attachments, t, false);
    if (reply.kind === 'form') {
      for (const line of files) write(line);
      startForm(reply.form);
      return;
    }
    const { lines, buttons } = renderView(reply.view, style);
    for (const line of [...lines, ...files]) write(line);
    choices = buttons;
    if (buttons.length > 0) write(style.dim(t('shell.choose')));
  }

  /** The person at the keyboard is the recipient, so its buttons work like a reply's. */
  function printNotice(notice: Notice): void {
    write('');
    write(style.bold(notice.header));
    const { lines, buttons } = renderView(notice.view, style, choices.length + 1);
    for (const line of [...lines, ...notice.files]) write(line);
    choices = [...choices, ...buttons];
    if (buttons.length > 0) write(style.dim(notice.t('shell.choose')));
  }

  function flush(): void {
    for (const notice of held.splice(0)) printNotice(notice);
  }

  function startForm(form: Form): void {
    const refused = form.errors ? form.inputs.filter((i) => form.errors?.[i.name]) : [];
    if (!filling || refused.length === 0) {
      write('');
      write(style.bold(safe(form.title)));
      if (form.intro) write(safe(form.intro));
      write(style.dim(emphasis(t('shell.formHint'), style)));
    } else {
      write(t('error.formInvalid'));
    }
    filling = {
      form,
      queue: refused.length > 0 ? refused : [...form.inputs],
      values: { ...form.values },
    };
    ask();
  }

  function ask(): void {
    const state = filling as FormState;
    const input = state.queue[0] as Input;
    const error = state.form.errors?.[input.name];
    if (error) write(`  ! ${safe(error)}`);
    for (const line of formPrompt(input, state.values[input.name], t, style)) write(line);
  }

  async function answer(line: string): Promise<void> {
    const state = filling as FormState;
    const input = state.queue[0] as Input;
    // Also in the middle of a multi-line answer: the way out is the same on every line.
    if (cancelWords.has(line.trim().toLowerCase())) {
      filling = undefined;
      write(t('shell.formCancelled'));
      return;
    }
    const current = state.values[input.name];
    let check: AnswerCheck;
    if (isMultiline(input)) {
      const read = readLines(input, line, state.lines, current);
      if ('more' in read) {
        state.lines = read.more;
        return;
      }
      state.lines = undefined;
      check = read;
    } else {
      check = readAnswer(input, line, current, actor.locale);
    }
    if ('error' in check) {
      write(t(check.error, check.params));
      return ask();
    }
    if ('value' in check) state.values[input.name] = check.value;
    state.queue.shift();
    if (state.queue.length > 0) return ask();
    // The core validates; a refused submit comes back as the same form with field errors.
    const reply = await dispatcher.run(
      actor,
      state.form.submitCommand,
      { ...state.values, ...state.form.args },
      address,
    );
    if (reply.kind === 'message') filling = undefined;
    await show(reply);
  }

  /** `fil <path>`: what an upload is in Slack or Teams. */
  async function sendFile(typed: string): Promise<void> {
    if (typed.trim() === '') {
      write(emphasis(t('shell.fileUsage'), style));
      return;
    }
    let file: SentFile;
    try {
      file = await readSentFile(typedPath(typed), actor.locale);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      write(safe(t(error.messageKey, error.params)));
      return;
    }
    await show(await dispatcher.run(actor, fileReceived, { ...file, caption: '' }, address));
  }

  return {
    /** What the terminal prompts with next: `… ` while a multi-line answer goes on. */
    prompt(): string {
      return filling?.lines ? prompts.more : prompts.line;
    },
    greet(): void {
      open = true;
      write(emphasis(t('shell.welcome'), style));
    },
    /** Handles one typed line; resolves to false when the person wants to leave. */
    async handleLine(line: string): Promise<boolean> {
      busy = true;
      try {
        if (filling) {
          await answer(line);
          return true;
        }
        const text = line.trim();
        if (quitWords.has(text.toLowerCase())) {
          flush();
          open = false;
          write(t('shell.bye'));
          return false;
        }
        const [first = ''] = text.split(/\s/, 1);
        if (fileWords.has(first.toLowerCase())) {
          await sendFile(text.slice(first.length));
          return true;
        }
        const chosen = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
        await show(
          chosen
            ? await dispatcher.run(actor, chosen.command, chosen.args, address)
            : await dispatcher.runText(actor, text, address),
        );
        return true;
      } finally {
        busy = false;
        if (!filling) flush();
      }
    },
    /**
     * Shows a message the bot sends on its own (through the outlet). Its files are saved at
     * once. The text waits while a line is being answered or a form is being filled in:
     * mid-form, numbers answer the questions, and a message between two questions would
     * tear the form apart. It is printed right after the reply or when the form is left.
     */
    async notify(name: string, outgoing: Outgoing): Promise<void> {
      if (!open) throw new DeliveryError('nobody is at the terminal', 'transient');
      const tr = translator(outgoing.locale);
      const files = await saveFiles(outgoing.attachments, tr, true);
      held.push({
        header: safe(tr('door.messageFor', { name: safe(name) })),
        view: outgoing.view,
        files,
        t: tr,
      });
      if (busy || filling) return;
      if (open) aside(flush);
      else flush();
    },
    /** The input ended: what is still held is printed; later messages wait in the outbox. */
    close(): void {
      flush();
      open = false;
    },
  };
}
