import type { Db } from '../../../src/store/open-database.js';
import type { SlackBody } from '../../helpers/sign-slack-request.js';

/*
 * Requests to the Slack door with every header under the test's control: what an attacker
 * (or Slack retrying) sends, not only what postSignedToSlackDoor signs.
 */

/** The body exactly as it goes over the wire, and its content type. */
export function wire(body: SlackBody): { raw: string; contentType: string } {
  if ('json' in body) return { raw: JSON.stringify(body.json), contentType: 'application/json' };
  const form = 'form' in body ? body.form : { payload: JSON.stringify(body.payload) };
  return {
    raw: new URLSearchParams(form).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** POSTs raw bytes with exactly these headers (undefined leaves a header out). */
export async function send(
  url: string,
  raw: string,
  headers: Record<string, string | undefined>,
): Promise<number> {
  const given = Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined);
  const response = await fetch(url, { method: 'POST', headers: given, body: raw });
  await response.text();
  return response.status;
}

/** Rows in every table: "nothing stored" means these do not change. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}
