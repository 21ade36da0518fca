import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createSlackDoor } from '../../../src/doors/slack/create-slack-door.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../helpers/fake-slack-api.js';
import {
  type FakeSlackSocket,
  type SocketEnvelope,
  startFakeSlackSocket,
} from '../../helpers/fake-slack-socket.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import type { SlackBody } from '../../helpers/sign-slack-request.js';
import { testApp } from '../../helpers/test-store.js';
import { anna, blocksOf, people, viewOf } from './slack-harness.js';
import { filledIn, slashCommandBody, submissionBody } from './slack-payloads.js';

/** The same request bodies the HTTP tests post, wrapped as Slack sends them over the socket. */
function envelope(id: string, type: SocketEnvelope['type'], body: SlackBody): SocketEnvelope {
  const payload = 'form' in body ? body.form : 'payload' in body ? body.payload : body.json;
  return {
    envelope_id: id,
    type,
    payload: payload as Record<string, unknown>,
    accepts_response_payload: type !== 'events_api',
  };
}

/** Timers keeping the process alive: a reconnect or a ping left behind would be one more. */
const liveTimers = () =>
  process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

describe('Slack door in Socket Mode', () => {
  let socket: FakeSlackSocket;
  let fake: FakeSlackApi;
  let door: ReturnType<typeof createSlackDoor>;
  let app: ReturnType<typeof testApp>;
  afterEach(async () => {
    await door?.stop();
    await socket?.close();
    await fake?.close();
    app?.close();
  });

  it('connects out, answers envelopes over the socket, and stops without reconnecting', async () => {
    socket = await startFakeSlackSocket();
    fake = await startFakeSlackApi(structuredClone(people), { socketUrl: socket.url });
    app = testApp();
    const logger = memoryLogger();
    door = createSlackDoor(
      { dispatcher: app.dispatcher, store: app.store, logger, defaultLocale: 'sv' },
      {
        botToken: 'xoxb-test-token',
        appToken: 'xapp-test-token',
        port: 0,
        apiUrl: fake.apiUrl,
        botId: 'B0BOT',
        botUserId: 'U0BOT',
      },
    );
    await door.start(); // resolves on `hello`
    expect(door.address()).toBeUndefined(); // no inbound port
    const [open] = fake.callsTo('apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-test-token'); // the app-level token
    expect(socket.connections).toHaveLength(1);

    // /forum lista: acknowledged empty, answered through the response URL.
    const responseUrl = fake.responseUrl('cmd-1');
    socket.send(
      envelope(
        'env-lista',
        'slash_commands',
        slashCommandBody('lista', { user: anna, responseUrl }),
      ),
    );
    expect(await socket.waitForAck('env-lista')).toEqual({
      envelope_id: 'env-lista',
      payload: {},
    });
    const [answer] = await fake.waitFor('cmd-1');
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(answer?.body.text).toContain('Framtidsforum 2027');
    expect(blocksOf(answer!.body)[0]).toMatchObject({ text: { text: 'Framtidsforum 2027' } });

    // /forum anmäl opens the sign-up modal with the command's trigger id.
    socket.send(
      envelope(
        'env-anmal',
        'slash_commands',
        slashCommandBody('anmäl', { user: anna, responseUrl: fake.responseUrl('cmd-2') }),
      ),
    );
    await socket.waitForAck('env-anmal');
    const [opened] = await fake.waitFor('views.open');
    expect(opened?.body.trigger_id).toBe('13345224609.738474920.8088930838d88f008e0');
    const view = viewOf(opened!.body);

    // Submitting it: the acknowledgement is the modal's answer, here "close" (no errors).
    socket.send(
      envelope('env-submit', 'interactive', submissionBody(view, filledIn, { user: anna })),
    );
    expect(await socket.waitForAck('env-submit')).toEqual({
      envelope_id: 'env-submit',
      payload: {},
    });
    const person = app.store.people.findByIdentity('slack', anna)!;
    expect(app.store.registrations.find(app.demoForum().id, person.id)).toMatchObject({
      status: 'registered',
      organisation: 'Kumla kommun',
      diet: 'Vegetarisk',
    });
    await fake.waitFor('views.publish'); // the Home tab refresh that follows

    // Stop waits for the close handshake, so the server already has the close frame; the
    // close is a clean 1000. The client's ping timer is gone and no reconnect timer took its
    // place (socket-mode schedules reconnects on a ref'd timer), and nothing dialled again.
    const timersWhileConnected = liveTimers();
    await door.stop();
    expect(socket.connections[0]?.readyState).not.toBe(WebSocket.OPEN);
    expect(await socket.waitForClose()).toEqual({ code: 1000 });
    expect(liveTimers()).toBeLessThan(timersWhileConnected);
    expect(socket.connections).toHaveLength(1);
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
    expect(logger.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
  });
});
