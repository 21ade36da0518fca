import type { Actor, Button, Form, FormValue, Input, Reply } from '../../core/chat.js';
import type { Dispatcher } from '../../core/dispatcher.js';
import { type Translate, translator } from '../../core/i18n/translate.js';
import { emphasis, renderView, safe, type TextStyle } from './render-view.js';

interface FormState {
  form: Form;
  /** The inputs still to ask, in order; after a refused submit, only the refused ones. */
  queue: Input[];
  values: Record<string, FormValue>;
}

const quitWords = new Set(['avsluta', 'quit', 'exit', 'sluta']);
const cancelWords = new Set(['avbryt', 'cancel']);
const yes = new Set(['j', 'ja', 'y', 'yes']);
const no = new Set(['n', 'nej', 'no']);
/** Enter keeps an earlier answer; this empties it. */
const clearWord = '-';

/**
 * The terminal conversation as a line-in, lines-out state machine. Keeping it free of
 * readline lets tests drive it directly and lets the door work the same on a TTY or a pipe.
 */
export function createShellSession(deps: {
  dispatcher: Dispatcher;
  actor: Actor;
  style: TextStyle;
  write: (line: string) => void;
}) {
  const { dispatcher, actor, style, write } = deps;
  const t: Translate = translator(actor.locale);
  const address = {
    platform: 'shell',
    conversationId: `shell:${actor.userId}`,
    kind: 'personal',
  } as const;
  let choices: Button[] = [];
  let filling: FormState | undefined;

  function show(reply: Reply): void {
    if (reply.kind === 'form') {
      startForm(reply.form);
      return;
    }
    const { lines, buttons } = renderView(reply.view, style);
    for (const line of lines) write(line);
    choices = buttons;
    if (buttons.length > 0) write(style.dim(t('shell.choose')));
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
    if (error) write(`  ! ${error}`);
    const current = state.values[input.name];
    let hint = '';
    if (input.kind === 'toggle') {
      const now = current === undefined ? '' : ` [${t(current ? 'shell.yes' : 'shell.no')}]`;
      hint = `${t('shell.toggle')}${now}`;
    } else if (typeof current === 'string' && current !== '') {
      const value = safe(current).slice(0, 40);
      hint = t(input.required ? 'shell.keep' : 'shell.keepOrClear', { value });
    } else if (!input.required) hint = t('shell.optional');
    write(
      `${safe(input.label)}${input.kind === 'text' && input.required ? ' *' : ''} ${style.dim(hint)}`.trimEnd(),
    );
  }

  async function answer(line: string): Promise<void> {
    const state = filling as FormState;
    const input = state.queue[0] as Input;
    const text = line.trim();
    if (cancelWords.has(text.toLowerCase())) {
      filling = undefined;
      write(t('shell.formCancelled'));
      return;
    }
    if (input.kind === 'toggle') {
      const word = text.toLowerCase();
      if (yes.has(word)) state.values[input.name] = true;
      else if (no.has(word)) state.values[input.name] = false;
      else if (!(word === '' && state.values[input.name] !== undefined)) {
        write(t('shell.yesNo'));
        return ask();
      }
    } else if (text === clearWord) {
      state.values[input.name] = '';
    } else if (text !== '' || !state.values[input.name]) {
      state.values[input.name] = text;
    }
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
    show(reply);
  }

  return {
    greet(): void {
      write(emphasis(t('shell.welcome'), style));
    },
    /** Handles one typed line; resolves to false when the person wants to leave. */
    async handleLine(line: string): Promise<boolean> {
      if (filling) {
        await answer(line);
        return true;
      }
      const text = line.trim();
      if (quitWords.has(text.toLowerCase())) {
        write(t('shell.bye'));
        return false;
      }
      const chosen = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
      show(
        chosen
          ? await dispatcher.run(actor, chosen.command, chosen.args, address)
          : await dispatcher.runText(actor, text, address),
      );
      return true;
    },
  };
}
