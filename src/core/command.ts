import type { z } from 'zod';
import type { Store } from '../store/store.js';
import type { Actor, Address, Locale, Reply } from './chat.js';
import type { Translate } from './i18n/translate.js';
import type { Directory } from './outbox/directory.js';
import type { Person } from './people/person.js';
import type { Role } from './roles/role.js';
import type { Settings } from './settings.js';

/** What every command gets: who is asking, in which language, and the dependencies. */
export interface CommandContext {
  actor: Actor;
  person: Person;
  /**
   * The conversation the command came from, when the door knows it: a command that ties
   * something to "this channel" (the annual cycle's nudges) reads it here.
   */
  address?: Address;
  locale: Locale;
  t: Translate;
  now: Date;
  timeZone: string;
  store: Store;
  /** The person's roles, those stored and those the configuration gives. */
  roles: ReadonlySet<Role>;
  settings: Settings;
  /** Finds chat users by e-mail through the doors that are running. */
  directory: Directory;
  /** Tells the courier that messages were queued, so they go now rather than at its next look. */
  wakeCourier(): void;
  /**
   * Runs long work (minutes of platform lookups) after the reply has gone: the person gets a
   * "working on it" answer at once and the result later, through the outbox. A failure is
   * logged with the name.
   */
  inBackground(name: string, work: () => Promise<void>): void;
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
