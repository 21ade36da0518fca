import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';

/** The issuer the SDK requires of a Bot Framework token in the public cloud. */
export const botFrameworkIssuer = 'https://api.botframework.com';

/** A key pair with the id (`kid`) tokens name it by. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: Record<string, unknown>;
}

export function newSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    kid,
    privateKey: createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })),
    publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' },
  };
}

/** A JWT signed RS256 by `key`, with `kid` in its header (another key's id, to forge). */
export function signJwt(
  key: SigningKey,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = part({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header });
  const body = part(claims);
  const signature = sign('sha256', Buffer.from(`${head}.${body}`), key.privateKey);
  return `${head}.${body}.${signature.toString('base64url')}`;
}

/** The claims of a token the Bot Connector sends with an activity, valid for an hour. */
export function connectorClaims(
  clientId: string,
  serviceUrl: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: botFrameworkIssuer,
    aud: clientId,
    serviceurl: serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + 3600,
    ...overrides,
  };
}

/**
 * A stand-in for login.botframework.com: the key set the SDK fetches to check tokens, on
 * 127.0.0.1. `cloud` is the public cloud with its OpenID metadata pointed here (the SDK
 * derives the keys' address from it), to give the Teams door as its `cloud` option.
 */
export async function startFakeBotFrameworkKeys(keys: SigningKey[]) {
  const fetches: string[] = [];
  const server = createServer((req, res) => {
    fetches.push(req.url ?? '');
    if (req.method === 'GET' && req.url === '/v1/.well-known/keys') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: keys.map((k) => k.publicJwk) }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    cloud: withOverrides(PUBLIC, {
      openIdMetadataUrl: `${origin}/v1/.well-known/openidconfiguration`,
    }),
    /** Paths the SDK asked for, in order. */
    fetches,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
