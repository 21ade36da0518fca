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
  | { kind: 'toggle'; name: string; label: string };

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
 * What a command answers: a message to show, or a form to open (again).
 * - `personal` marks a reply with the person's own data, which a door must not show in a
 *   shared conversation.
 * - `outcome` is set when nothing was done: `refused` (a rule said no, in the person's
 *   language) or `failed` (a fault, with an apology). A door then keeps an open form open,
 *   so what the person typed is not lost.
 */
export type Reply = ({ kind: 'message'; view: View } | { kind: 'form'; form: Form }) & {
  personal?: boolean;
  outcome?: 'refused' | 'failed';
};

export const message = (...blocks: Block[]): Reply => ({ kind: 'message', view: { blocks } });
