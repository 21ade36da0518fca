import { Client as ApiClient } from '@microsoft/teams.api';

/** The SDK's HTTP client, with or without the bot's token (see create-teams-door.ts). */
export type ConnectorHttp = ConstructorParameters<typeof ApiClient>[1] & object;

/**
 * A Bot Connector client per service URL. Teams keeps each conversation on the connector of
 * its region (and cloud), so a proactive send goes to the URL stored with the conversation,
 * not to one the app was configured with.
 */
export function createConnectors(http: ConnectorHttp) {
  const clients = new Map<string, ApiClient>();
  return (serviceUrl: string): ApiClient => {
    const url = serviceUrl.replace(/\/+$/, '');
    let client = clients.get(url);
    if (!client) {
      client = new ApiClient(url, http);
      clients.set(url, client);
    }
    return client;
  };
}

export type ConnectorAt = ReturnType<typeof createConnectors>;
