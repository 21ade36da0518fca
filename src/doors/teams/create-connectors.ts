import { Client as ApiClient } from '@microsoft/teams.api';

/** The SDK's HTTP client, with or without the bot's token (see create-teams-door.ts). */
export type ConnectorHttp = ConstructorParameters<typeof ApiClient>[1] & object;

/** How long a call to the Bot Connector may take before it counts as unanswered. */
export const connectorTimeoutMs = 30_000;

/**
 * A Bot Connector client per service URL. Teams keeps each conversation on the connector of
 * its region (and cloud), so a proactive send goes to the URL stored with the conversation,
 * not to one the app was configured with. Every call gives up after `timeoutMs` (30 s): the
 * SDK's client waits for ever by default, and one hung call would stall the courier. The
 * timeout fails the call like any answer that never came (an HTTP client error without a
 * response), which deliveryErrorOf reads as no answer.
 */
export function createConnectors(http: ConnectorHttp, timeoutMs = connectorTimeoutMs) {
  // A copy with the timeout: the same token and interceptors, and the SDK's own client as it was.
  const timed: ConnectorHttp =
    'clone' in http && typeof http.clone === 'function'
      ? http.clone({ timeout: timeoutMs })
      : { ...http, timeout: timeoutMs };
  const clients = new Map<string, ApiClient>();
  return (serviceUrl: string): ApiClient => {
    const url = serviceUrl.replace(/\/+$/, '');
    let client = clients.get(url);
    if (!client) {
      client = new ApiClient(url, timed);
      clients.set(url, client);
    }
    return client;
  };
}

export type ConnectorAt = ReturnType<typeof createConnectors>;
