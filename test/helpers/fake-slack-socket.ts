import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** What Slack sends down a Socket Mode connection: one request for the app, to acknowledge. */
export interface SocketEnvelope {
  envelope_id: string;
  type: 'slash_commands' | 'interactive' | 'events_api';
  payload: Record<string, unknown>;
  /** True for slash commands and interactions, whose acknowledgement may carry an answer. */
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

/** The app's acknowledgement: the envelope id, and the answer (`{}` when there is none). */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/**
 * A local stand-in for Slack's Socket Mode WebSocket: hand `url` to the fake Web API, which
 * returns it from `apps.connections.open`. Each connection is greeted with `hello`, as Slack
 * does; `send` pushes an envelope down the newest connection and `waitForAck` resolves when
 * the app acknowledges it. Waits are on events, never on the clock; the timers only turn a
 * hang into a clear failure.
 */
export async function startFakeSlackSocket() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const connections: WebSocket[] = [];
  const closes: { code: number }[] = [];
  const acks: SocketAck[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };

  /** Resolves with `found()` once it is defined: checked now and after every socket event. */
  function until<T>(found: () => T | undefined, what: string, guardMs: number): Promise<T> {
    const now = found();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = found();
        if (value === undefined) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`expected ${what}; acks so far: ${JSON.stringify(acks)}`));
      }, guardMs);
      waiters.add(check);
    });
  }

  server.on('connection', (socket) => {
    connections.push(socket);
    socket.on('message', (data) => {
      acks.push(JSON.parse(data.toString()) as SocketAck);
      notify();
    });
    socket.on('close', (code) => {
      closes.push({ code });
      notify();
    });
    // What Slack sends first; the client counts as connected only once it has it.
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: connections.length,
        debug_info: { host: 'applink-fake', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A0001' },
      }),
    );
    notify();
  });

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake-ticket&app_id=A0001`,
    /** Every connection the app has opened, oldest first. */
    connections,
    /** Close codes of connections that have closed, in order. */
    closes,
    acks,
    /** Sends an envelope down the newest connection. */
    send(envelope: SocketEnvelope) {
      const socket = connections.at(-1);
      if (!socket || socket.readyState !== socket.OPEN) throw new Error('no open connection');
      socket.send(JSON.stringify(envelope));
    },
    waitForConnection: (count = 1, guardMs = 2000) =>
      until(() => connections[count - 1], `${count} connection(s)`, guardMs),
    waitForAck: (envelopeId: string, guardMs = 2000) =>
      until(
        () => acks.find((a) => a.envelope_id === envelopeId),
        `an ack of ${envelopeId}`,
        guardMs,
      ),
    waitForClose: (count = 1, guardMs = 2000) =>
      until(() => closes[count - 1], `${count} closed connection(s)`, guardMs),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of server.clients) socket.terminate();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export type FakeSlackSocket = Awaited<ReturnType<typeof startFakeSlackSocket>>;
