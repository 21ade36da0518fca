import type { DataRow, RoundKey } from '../../store/privacy-repository.js';
import type { Store } from '../../store/store.js';
import { keyWith } from '../rounds/author-key.js';

/** The kinds of data a person's copy is made of, in the order they are shown. */
export const dataKinds = [
  'identities',
  'conversations',
  'roles',
  'invitations',
  'registrations',
  'waitlist',
  'waitlistOffers',
  'attendance',
  'evaluations',
  'inputs',
  'votes',
  'remiss',
  'roundActions',
  'cycleItems',
  'cycleOccurrences',
  'messages',
  'downloads',
  'other',
] as const;
export type DataKind = (typeof dataKinds)[number];

/** Everything stored about one person, as rows per kind. */
export interface PersonalData {
  takenAt: string;
  person: DataRow;
  kinds: Record<DataKind, DataRow[]>;
}

/**
 * The keys the person's inputs and votes are filed under in every round. Without a secret no
 * round has been keyed yet, so there is nothing to find (and none is made just to look).
 */
export function roundKeysOf(store: Store, personId: number): RoundKey[] {
  const secret = store.rounds.existingSecret();
  if (!secret) return [];
  return store.privacy
    .roundIds()
    .map((roundId) => ({ roundId, key: keyWith(secret, roundId, personId) }));
}

/** The annual-cycle items whose owner is this e-mail address (as written in the item). */
export function ownedCycleItems(
  store: Store,
  email: string | null,
): { id: string; title: string }[] {
  if (!email) return [];
  const owned: { id: string; title: string }[] = [];
  for (const item of store.privacy.cycleItems()) {
    const definition = parseObject(item.definition);
    const owner = definition?.owner as { email?: unknown } | undefined;
    if (typeof owner?.email !== 'string' || owner.email.trim().toLowerCase() !== email) continue;
    const title = definition?.title;
    owned.push({
      id: item.id,
      title: typeof title === 'string' ? title : JSON.stringify(title ?? ''),
    });
  }
  return owned;
}

export function parseObject(json: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Gathers every row that is about the person, from every table that holds a person id, their
 * e-mail or their key. Rows of other people are never included: a waitlist place is a
 * number, a substitute is a yes/no, an attendance row says whether they checked in
 * themselves, not who checked them in.
 */
export function personalData(store: Store, personId: number, now: Date): PersonalData {
  const p = store.privacy;
  const person = p.person(personId) ?? { id: personId };
  const keys = roundKeysOf(store, personId);
  const email = typeof person.email === 'string' ? person.email : null;
  return {
    takenAt: now.toISOString(),
    person,
    kinds: {
      identities: p.identities(personId),
      conversations: p.conversations(personId),
      roles: p.roles(personId),
      invitations: p.invitees(personId),
      registrations: p.registrations(personId),
      waitlist: p.waitlist(personId),
      waitlistOffers: p.waitlistOffers(personId),
      attendance: p.attendance(personId),
      evaluations: p.evaluations(personId),
      inputs: p.roundInputs(personId, keys),
      votes: p.roundVotes(keys),
      remiss: p.remissContacts(personId),
      roundActions: p.roundActions(personId),
      cycleItems: ownedCycleItems(store, email),
      cycleOccurrences: p.cycleOccurrences(personId),
      messages: p.messagesTo(personId),
      downloads: p.downloads(personId),
      other: p
        .otherRows(personId)
        .flatMap(({ table, column, rows }) =>
          rows.map((row) => ({ table, column, row: JSON.stringify(row) })),
        ),
    },
  };
}
