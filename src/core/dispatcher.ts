import { ZodError } from 'zod';
import type { Store } from '../store/store.js';
import { auditSubject } from './audit/audit-subject.js';
import type { Actor, Address, Reply } from './chat.js';
import { message } from './chat.js';
import type { Command } from './command.js';
import { UserError } from './errors.js';
import { translator } from './i18n/translate.js';
import type { Logger } from './logger.js';
import type { Directory } from './outbox/directory.js';
import { resolvePerson } from './people/resolve-person.js';
import { accessRefusal } from './roles/access-refusal.js';
import { type Access, accessTable } from './roles/access-table.js';
import { rolesOf } from './roles/roles-of.js';
import { defaultSettings, type Settings } from './settings.js';
import type { Clock } from './time/clock.js';

export interface DispatcherDeps {
  store: Store;
  clock: Clock;
  timeZone: string;
  logger: Logger;
  commands: readonly Command[];
  /**
   * Who may run which command; the bot's table (src/core/roles/access-table.ts) unless a test
   * brings commands of its own, and a table for them.
   */
  access?: Readonly<Record<string, Access>>;
  settings?: Settings;
  /** Set once the doors are built: they are what can look people up and send. */
  directory?: Directory;
  wakeCourier?: () => void;
}

const nobody: Directory = { findByEmail: async () => new Map() };

export type Dispatcher = ReturnType<typeof createDispatcher>;

const refused = (text: string): Reply => ({
  ...message({ kind: 'text', text }),
  outcome: 'refused',
});

/**
 * The one entrance to the core for every door. It identifies the person, validates the
 * arguments, runs the command, and turns a refusal into a message in the person's language.
 * Faults are logged here with context, once, and the person gets a short apology.
 */
export function createDispatcher(deps: DispatcherDeps) {
  const { store, clock, timeZone, logger, commands } = deps;
  const settings = deps.settings ?? defaultSettings;
  const table = deps.access ?? accessTable;
  const accessOf = (id: string) => (Object.hasOwn(table, id) ? table[id] : undefined);
  const pending = new Set<Promise<void>>();
  const inBackground = (name: string, work: () => Promise<void>) => {
    const running = work()
      .catch((error) =>
        logger.error('background work failed', {
          name,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
      )
      .finally(() => pending.delete(running));
    pending.add(running);
  };
  const byId = new Map(commands.map((c) => [c.id, c]));
  const byWord = new Map(commands.flatMap((c) => (c.words ?? []).map((w) => [w, c] as const)));

  async function run(
    actor: Actor,
    commandId: string,
    rawArgs: Record<string, unknown> = {},
    address?: Address,
  ): Promise<Reply> {
    const t = translator(actor.locale);
    try {
      const command = byId.get(commandId);
      // A button or form naming a command we do not have is a forged or stale payload.
      if (!command) throw new UserError('error.invalidInput');
      const args = command.args.parse(rawArgs);
      const now = clock.now();
      const person = resolvePerson(store, actor, now.toISOString());
      if (address) store.conversations.remember(address, person.id, now.toISOString());
      const roles = rolesOf(store, person, actor, settings);
      const access = accessOf(command.id);
      const refusal = accessRefusal(access, roles);
      if (refusal) {
        if (!access) logger.error('command not in the access table', { commandId });
        throw new UserError(refusal);
      }
      const reply = await command.run(
        {
          actor,
          person,
          ...(address ? { address } : {}),
          locale: actor.locale,
          t,
          now,
          timeZone,
          store,
          roles,
          settings,
          directory: deps.directory ?? nobody,
          wakeCourier: () => deps.wakeCourier?.(),
          inBackground,
        },
        args,
      );
      const audit = access?.audit;
      // Recorded once the command has done it, so a refusal leaves no entry. Commands run
      // asynchronously and keep their own transactions, so this is the next write after
      // theirs rather than part of it: a crash in between loses an entry, never invents one.
      const didNothing =
        reply.outcome !== undefined || (reply.kind === 'form' && reply.form.errors !== undefined);
      if (audit && roles.size > 0 && !didNothing) {
        store.audit.record({
          at: now.toISOString(),
          personId: person.id,
          command: command.id,
          subject: auditSubject(audit, args as Record<string, unknown>, store),
        });
      }
      return command.personal ? { ...reply, personal: true } : reply;
    } catch (error) {
      if (error instanceof UserError) return refused(t(error.messageKey, error.params));
      if (error instanceof ZodError) {
        logger.warn('refused arguments', { commandId, issues: error.issues.length });
        return refused(t('error.invalidInput'));
      }
      logger.error('command failed', {
        commandId,
        platform: actor.platform,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      return { ...message({ kind: 'text', text: t('error.unexpected') }), outcome: 'failed' };
    }
  }

  /** Understands a typed line: the first word names the command, the rest is its input. */
  function parse(
    text: string,
  ): { commandId: string; args: Record<string, unknown> } | { unknown: string } {
    const trimmed = text
      .normalize('NFC')
      .trim()
      .replace(/^\/\S+\s*/, '');
    const [first = '', ...rest] = trimmed.split(/\s+/);
    const word = first.toLowerCase();
    if (word === '') return { commandId: 'help', args: {} };
    // A two-word phrase ("mina uppgifter", "radera mig") wins over its first word alone.
    const phrase = byWord.get(`${word} ${rest[0]?.toLowerCase() ?? ''}`);
    if (phrase) {
      return { commandId: phrase.id, args: phrase.fromText?.(rest.slice(1).join(' ')) ?? {} };
    }
    const command = byWord.get(word);
    if (!command) return { unknown: first };
    return { commandId: command.id, args: command.fromText?.(rest.join(' ')) ?? {} };
  }

  async function runText(actor: Actor, text: string, address?: Address): Promise<Reply> {
    const parsed = parse(text);
    if ('unknown' in parsed) {
      const t = translator(actor.locale);
      return refused(t('error.unknownCommand', { word: parsed.unknown.slice(0, 40) }));
    }
    return run(actor, parsed.commandId, parsed.args, address);
  }

  /**
   * Whether a command deals with the person's own data. The Slack door asks it after a button
   * or form to decide where the answer may be shown; replies of such commands are also marked
   * `personal`, which is what the Teams door goes by.
   */
  const isPersonal = (commandId: string): boolean => byId.get(commandId)?.personal === true;

  /** Resolves once all background work has finished: for an orderly stop, and for tests. */
  async function settled(): Promise<void> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }

  return { run, runText, parse, isPersonal, settled };
}
