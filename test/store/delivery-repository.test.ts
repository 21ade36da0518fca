import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { deliveryKeptMs, deliveryRepository } from '../../src/store/delivery-repository.js';
import { type Db, openDatabase } from '../../src/store/open-database.js';

describe('delivery keys (migration 006)', () => {
  const dbs: Db[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'forumbot-deliveries-'));
  const open = () => {
    const db = openDatabase(join(dir, 'forumbot.db'));
    dbs.push(db);
    return db;
  };
  afterEach(() => {
    for (const db of dbs.splice(0)) db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const at = new Date('2026-11-22T09:00:00Z');

  it('takes a key the first time only, in this process or another on the same file', () => {
    const here = deliveryRepository(open());
    const there = deliveryRepository(open());
    expect(here.claim('slack:event:Ev1:abc', at)).toBe(true);
    expect(here.claim('slack:event:Ev1:abc', at)).toBe(false);
    expect(there.claim('slack:event:Ev1:abc', at)).toBe(false);
    expect(there.claim('teams:17322:def', at)).toBe(true);
    expect(here.count()).toBe(2);
  });

  it('leaves the connection syncing every other commit in full', () => {
    const db = open();
    deliveryRepository(db).claim('slack:event:Ev2:abc', at);
    // 2 is FULL: the claim's own commit may skip the fsync, a registration's may not.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('claims inside a transaction too, where SQLite refuses to change the level', () => {
    const db = open();
    const deliveries = deliveryRepository(db);
    const claimed = db.transaction(() => deliveries.claim('teams:17323:abc', at)).immediate();
    expect(claimed).toBe(true);
    expect(deliveries.claim('teams:17323:abc', at)).toBe(false);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('forgets keys after a day, when a key is recorded a minute or more after the last prune', () => {
    const deliveries = deliveryRepository(open());
    deliveries.claim('old', at);
    const later = new Date(at.getTime() + deliveryKeptMs - 1);
    expect(deliveries.claim('old', later)).toBe(false); // still remembered just inside a day
    // Pruning runs at most once a minute: a minute after the last look, the day is over.
    const dayAfter = new Date(later.getTime() + 60_000);
    expect(deliveries.claim('new', dayAfter)).toBe(true);
    expect(deliveries.count()).toBe(1); // everything older than a day is gone
    expect(deliveries.claim('old', dayAfter)).toBe(true); // so "old" counts as new again
  });
});
