import { readFileSync } from 'node:fs';
import { App, type IPlugin } from '@microsoft/teams.apps';

/** The verb of the floor's second job: answer with a whole card, as the bot does. */
export const cardVerb = 'bench.card';

/**
 * The Teams floor: the smallest app of the same Teams SDK version, started the way its
 * documentation shows (`app.start(port)`, the SDK's own HTTP server), without token checks as
 * the bot's anonymous mode, answering every Action.Execute with a one-line note; or, for the
 * verb `cardVerb`, with the very card the bot answered its sign-up button with (read from
 * `cardFile` on first use), the same answer the bot gives without the bot's work.
 */
export async function startTeamsFloor(options: {
  port: number;
  cardFile?: string;
}): Promise<App<IPlugin>> {
  const app = new App({
    clientId: '',
    clientSecret: '',
    tenantId: '',
    dangerouslyAllowUnauthenticatedRequests: true,
  });
  let card: unknown;
  app.on('card.action', async ({ activity }) => {
    if (activity.value.action.verb === cardVerb && options.cardFile) {
      card ??= JSON.parse(readFileSync(options.cardFile, 'utf8'));
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive' as const,
        value: card as never,
      };
    }
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message' as const,
      value: 'ok',
    };
  });
  await app.start(options.port);
  return app;
}
