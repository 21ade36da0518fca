import type { z } from 'zod';
import type { Store } from '../store/store.js';
import type { Actor, Locale, Reply } from './chat.js';
import type { Translate } from './i18n/translate.js';
import type { Person } from './people/person.js';

/** What every command gets: who is asking, in which language, and the dependencies. */
export interface CommandContext {
  actor: Actor;
  person: Person;
  locale: Locale;
  t: Translate;
  now: Date;
  timeZone: string;
  store: Store;
}

/**
 * A command is the unit every door dispatches to, by `id`: typed text, a button and a form
 * submission all end here, so adding a command is adding one file.
 */
export interface Command<A extends z.ZodType = z.ZodType> {
  id: string;
  /** Words that start this command when typed, in any of our languages. */
  words?: readonly string[];
  /** Turns the rest of a typed line into arguments (for example a forum's name). */
  fromText?: (rest: string) => Record<string, unknown>;
  args: A;
  /**
   * The command shows or asks for the person's own data (registration, diet, allergies).
   * Its reply is marked `personal`, and a door shows it only where no one else can see it.
   */
  personal?: boolean;
  run(ctx: CommandContext, args: z.output<A>): Reply | Promise<Reply>;
}

/** Keeps the argument type of each command while letting a list hold them all. */
export const defineCommand = <A extends z.ZodType>(command: Command<A>): Command =>
  command as unknown as Command;
