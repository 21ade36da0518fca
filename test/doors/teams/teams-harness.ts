import { readFileSync } from 'node:fs';
import type { Dispatcher } from '../../../src/core/dispatcher.js';
import {
  createTeamsDoor,
  type TeamsDoorOptions,
} from '../../../src/doors/teams/create-teams-door.js';
import {
  type FakeMember,
  type FakeRosterMember,
  startFakeConnector,
} from '../../helpers/fake-connector.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { testApp } from '../../helpers/test-store.js';

export type FixtureName =
  | 'message-personal'
  | 'message-channel-mention'
  | 'message-channel-reply'
  | 'action-submit'
  | 'action-execute-invoke'
  | 'conversation-update'
  | 'conversation-update-team'
  | 'message-personal-file';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are free-form Bot Framework JSON
export type Activity = Record<string, any>;

export const fixture = (name: FixtureName): Activity =>
  JSON.parse(readFileSync(new URL(`../../fixtures/teams/${name}.json`, import.meta.url), 'utf8'));

/**
 * The real Teams door (real SDK, real HTTP) on an ephemeral port over a database of its own,
 * talking to a fake connector. `activity(name)` loads a fixture pointed at that connector.
 */
export async function startTeamsDoor(
  options: {
    members?: Record<string, FakeMember>;
    /** Team rosters the fake connector pages through, keyed by team id. */
    rosters?: Record<string, FakeRosterMember[]>;
    rosterPageSize?: number;
    door?: Partial<TeamsDoorOptions>;
    /** Where people reach the door's server (DoorDeps.publicUrl). */
    publicUrl?: string;
    app?: ReturnType<typeof testApp>;
    /** Replaces the real dispatcher, for faults the real one never shows. */
    dispatcher?: (real: Dispatcher) => Dispatcher;
  } = {},
) {
  const app = options.app ?? testApp();
  const connector = await startFakeConnector({
    members: options.members ?? {},
    ...(options.rosters ? { rosters: options.rosters } : {}),
    ...(options.rosterPageSize ? { rosterPageSize: options.rosterPageSize } : {}),
  });
  const logger = memoryLogger();
  const door = createTeamsDoor(
    {
      dispatcher: options.dispatcher?.(app.dispatcher) ?? app.dispatcher,
      store: app.store,
      logger,
      defaultLocale: 'sv',
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    },
    { port: 0, host: '127.0.0.1', anonymous: true, ...options.door },
  );
  await door.start();
  const origin = `http://127.0.0.1:${door.address()?.port}`;
  const url = `${origin}/api/messages`;
  const forumId = String(app.demoForum().id);

  return {
    app,
    connector,
    logger,
    door,
    url,
    /** The door's own server, for its other routes (downloads). */
    origin,
    forumId,
    activity(name: FixtureName, overrides: Activity = {}): Activity {
      return { ...fixture(name), serviceUrl: connector.serviceUrl, ...overrides };
    },
    async post(activity: unknown, headers: Record<string, string> = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the door answered
      return { status: res.status, body: (text ? JSON.parse(text) : undefined) as any };
    },
    async close() {
      await door.stop();
      await connector.close();
      if (!options.app) app.close();
    },
  };
}

export type TeamsDoorHarness = Awaited<ReturnType<typeof startTeamsDoor>>;

/** A form submission as Action.Execute sends it: the card's data merged with the inputs. */
export function executeSubmit(
  harness: TeamsDoorHarness,
  inputs: Record<string, string>,
  overrides: Activity = {},
): Activity {
  const invoke = harness.activity('action-execute-invoke', overrides);
  const data = invoke.value.action.data;
  data.forumbot.a.forum = harness.forumId;
  Object.assign(data, inputs);
  return invoke;
}
