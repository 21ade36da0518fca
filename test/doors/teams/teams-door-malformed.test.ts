import { afterEach, describe, expect, it } from 'vitest';
import { rawRequest } from '../../helpers/raw-request.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

describe('the Teams door’s HTTP server', () => {
  let teams: TeamsDoorHarness;
  afterEach(async () => {
    await teams.close();
  });

  it('answers a request line URL cannot read with 400, and keeps serving', async () => {
    teams = await startTeamsDoor();
    const port = Number(new URL(teams.origin).port);
    expect(await rawRequest(port, 'GET //[ HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetch(`${teams.origin}/files/nope/x.csv`)).status).toBe(404);
  });
});
