/**
 * The neutral chat model. Every door (terminal, Slack, Teams) turns its platform's payloads
 * into these types on the way in and renders these types on the way out, so nothing under
 * `src/core` ever knows which platform it is talking to.
 */

export type Platform = 'shell' | 'slack' | 'teams';
export type Locale = 'sv' | 'en';

/** The person behind a request, as the door could identify them. */
export interface Actor {
  platform: Platform;
  /** The platform's stable user id (Slack `U…`, Teams `29:…`/AAD object id, shell user name). */
  userId: string;
  displayName?: string;
  /** Lower-cased e-mail when the platform gives one; links the same person across doors. */
  email?: string;
  locale: Locale;
}

/**
 * Where a conversation lives, so later capabilities can write to it without a fresh payload.
 * `reference` is the door's own opaque data (for Teams: serviceUrl, tenant, bot id).
 */
export interface Address {
  platform: Platform;
  conversationId: string;
  kind: 'personal' | 'channel' | 'group';
  reference?: Record<string, unknown>;
}

/** A button runs a command with the given arguments when pressed. */
export interface Button {
  label: string;
  command: string;
  args?: Record<string, string>;
  style?: 'primary' | 'danger';
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; muted?: boolean }
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  | { kind: 'actions'; buttons: Button[] };

/**
 * A message: a list of blocks. Heading, label and field text is plain. Text blocks may mark
 * emphasis the one way our own strings do, `*like this*`; each door turns that into its
 * markup (Slack mrkdwn, Adaptive Card markdown, bold in a terminal) and escapes the rest.
 */
export interface View {
  blocks: Block[];
}

export type Input =
  | {
      kind: 'text';
      name: string;
      label: string;
      required: boolean;
      maxLength: number;
      multiline?: boolean;
      hint?: string;
    }
  | { kind: 'toggle'; name: string; label: string }
  /** One of a few fixed values: a Slack select, an Adaptive Card choice set, a numbered list. */
  | {
      kind: 'choice';
      name: string;
      label: string;
      required: boolean;
      options: { value: string; label: string }[];
    }
  /** A calendar date, `YYYY-MM-DD`; a date picker where the platform has one. */
  | { kind: 'date'; name: string; label: string; required: boolean }
  /** A wall-clock time, `HH:MM` (24 h); a time picker where the platform has one. */
  | { kind: 'time'; name: string; label: string; required: boolean };

export type FormValue = string | boolean;

/**
 * A form the person fills in: a Slack modal, an Adaptive Card with inputs, or prompts in the
 * terminal. On submit the door sends the values and `args` to `submitCommand`.
 */
export interface Form {
  title: string;
  intro?: string;
  submitLabel: string;
  submitCommand: string;
  /**
   * Hidden context carried through the round trip (for example which forum). Doors send
   * `{...values, ...args}`, so no input can overwrite it.
   */
  args: Record<string, string>;
  inputs: Input[];
  values: Record<string, FormValue>;
  /** Per-field messages after a refused submit; the values come back so nothing is lost. */
  errors?: Record<string, string>;
}

/**
 * A file that goes with a reply: a calendar entry, an export. Slack uploads it into the
 * conversation; Teams shows a download link served by the bot (a bot cannot attach files to
 * a Teams message without a consent round trip); the terminal writes it to disk.
 * Files may hold personal data, so a door keeps a link to one only for a short time.
 */
export interface Attachment {
  name: string;
  mediaType: string;
  content: Uint8Array;
  /** Shown next to the link or file, in the person's language ("Lägg in i kalendern"). */
  label: string;
}

/**
 * What a command answers: a message to show, or a form to open (again).
 * - `personal` marks a reply with the person's own data, which a door must not show in a
 *   shared conversation.
 * - `outcome` is set when nothing was done: `refused` (a rule said no, in the person's
 *   language) or `failed` (a fault, with an apology). A door then keeps an open form open,
 *   so what the person typed is not lost.
 * - `forgotten` says the person asking was just erased: a door must not look them up again
 *   on its own (a Home tab refresh would make a new person from their chat profile).
 */
export type Reply = ({ kind: 'message'; view: View } | { kind: 'form'; form: Form }) & {
  personal?: boolean;
  outcome?: 'refused' | 'failed';
  forgotten?: boolean;
  attachments?: Attachment[];
};

export const message = (...blocks: Block[]): Reply => ({ kind: 'message', view: { blocks } });

/** A form to open; one that comes back with errors is a refusal, and the door keeps it open. */
export const formReply = (form: Form): Reply => ({
  kind: 'form',
  form,
  ...(form.errors ? { outcome: 'refused' as const } : {}),
});
