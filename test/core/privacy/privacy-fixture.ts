import type { Actor, Attachment, Reply } from '../../../src/core/chat.js';
import type { Forum } from '../../../src/core/forum/forum.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import type { Round } from '../../../src/core/rounds/round.js';
import { details } from '../attendance/season-fixture.js';
import { facilitator, type RoundsApp, roundsApp } from '../rounds/rounds-fixture.js';

/** The person who asks for their data and erases it: a name no other row can hold by chance. */
export const ingrid: Actor = {
  platform: 'slack',
  userId: 'U-INGRID',
  email: 'ingrid.raderasson@example.se',
  displayName: 'Ingrid Raderasson',
  locale: 'sv',
};
/** Someone else, whose data must never show in Ingrid's copy and must survive her erasure. */
export const olle: Actor = {
  platform: 'slack',
  userId: 'U-OLLE',
  email: 'olle.kvarsson@example.se',
  displayName: 'Olle Kvarsson',
  locale: 'sv',
};
export const coordinatorActor: Actor = {
  platform: 'slack',
  userId: 'U-SARA',
  email: 'sara.samordnare@regionorebrolan.se',
  displayName: 'Sara Samordnare',
  locale: 'sv',
};

export const ingridSays = {
  diet: 'Glutenfri kost utan nötter',
  accessibility: 'Hörslinga i salen',
  comment: 'Ingrids egen kommentar om forumet',
  named: 'Mer kollektivtrafik i norra länet',
  anonymous: 'Anonym tanke om bredband',
};
export const olleSays = {
  diet: 'Laktosfri Kvarsson-kost',
  named: 'Kvarssons synpunkt om skolan',
};

export const textsOf = (r: Reply): string[] =>
  r.kind === 'message'
    ? r.view.blocks.flatMap((b) =>
        b.kind === 'text' || b.kind === 'heading'
          ? [b.text]
          : b.kind === 'fields'
            ? b.fields.map((f) => `${f.label}: ${f.value}`)
            : [],
      )
    : [];

export const fileOf = (reply: Reply, ending: string): Attachment => {
  const file = reply.attachments?.find((a) => a.name.endsWith(ending));
  if (!file) throw new Error(`no ${ending} file in the reply`);
  return file;
};

/**
 * A season with two people on the demo forum's guest list, registered with diets, both
 * giving inputs in a round with names for facilitators only, Ingrid one more in an anonymous
 * round and a vote; a coordinator who was told Ingrid's name in a notice.
 */
export async function privacySeason(): Promise<{
  app: RoundsApp;
  forum: Forum;
  named: Round;
  anonymous: Round;
  ids: { ingrid: number; olle: number; coordinator: number };
}> {
  const app = roundsApp({ seed: true });
  const forum = app.demoForum();
  const at = app.clock.now().toISOString();
  const idOf = (actor: Actor) => {
    const p = app.store.people.create(
      { email: actor.email as string, displayName: actor.displayName as string, locale: 'sv' },
      at,
    );
    app.store.people.addIdentity(actor.platform, actor.userId, p.id);
    return p.id;
  };
  const ids = { ingrid: idOf(ingrid), olle: idOf(olle), coordinator: idOf(coordinatorActor) };
  app.store.roles.grant(ids.coordinator, 'coordinator', null, at);

  const guest = (personId: number, name: string, gender: 'woman' | 'man', municipality: string) => {
    const { invitee } = app.store.invitees.save(
      forum.id,
      personId,
      {
        name,
        organisation: `${municipality} kommun`,
        organisationType: 'Kommun',
        municipality,
        roleTitle: 'Kommundirektör',
        gender,
      },
      at,
    );
    app.store.invitees.answer(invitee.id, 'yes', at);
  };
  guest(ids.ingrid, 'Ingrid Raderasson', 'woman', 'Kumla');
  guest(ids.olle, 'Olle Kvarsson', 'man', 'Nora');
  app.store.registrations.save(
    forum.id,
    ids.ingrid,
    details({ diet: ingridSays.diet, accessibility: ingridSays.accessibility }),
    at,
    'registered',
  );
  app.store.registrations.save(
    forum.id,
    ids.olle,
    details({ organisation: 'Nora kommun', diet: olleSays.diet }),
    at,
    'registered',
  );

  const named = await app.openRound({ anonymity: 'facilitators' });
  await app.give(ingrid, named, ingridSays.named);
  await app.give(olle, named, olleSays.named);
  const anonymous = await app.openRound({ anonymity: 'anonymous', title: 'Anonym runda' });
  await app.give(ingrid, anonymous, ingridSays.anonymous);
  await app.give(olle, anonymous, 'Kvarssons anonyma rad');

  // A notice to the coordinator that names Ingrid (as a late cancellation or change does).
  sendLater(
    app.store,
    {
      key: 'test-notice:1',
      purpose: 'late-change',
      to: { personId: ids.coordinator },
      view: {
        blocks: [{ kind: 'text', text: `Ingrid Raderasson (${ingrid.email}) ändrade kost` }],
      },
      locale: 'sv',
    },
    app.clock.now(),
  );
  // And a message to Ingrid not yet sent.
  sendLater(
    app.store,
    {
      key: 'test-reminder:ingrid',
      purpose: 'reminder',
      to: { personId: ids.ingrid },
      view: { blocks: [{ kind: 'text', text: 'Hej Ingrid Raderasson, glöm inte forumet' }] },
      locale: 'sv',
      notBefore: new Date('2027-03-01T08:00:00Z'),
    },
    app.clock.now(),
  );
  // An annual-cycle item she owns by e-mail, a remiss organisation she answers for, and an
  // export a coordinator has not fetched yet that lists her.
  app.db
    .prepare(
      `INSERT INTO cycle_items (id, position, definition, origin, created_at, updated_at)
       VALUES ('kumla-rapport', 99, ?, 'chat', ?, ?)`,
    )
    .run(
      JSON.stringify({
        id: 'kumla-rapport',
        title: 'Kumlas rapport',
        owner: { email: ingrid.email },
        rule: { yearly: '05-31' },
      }),
      at,
      at,
    );
  app.db
    .prepare(
      `INSERT INTO round_organisations (round_id, name, contact_name, contact_person_id,
         more_time_reason, added_at, updated_at)
       VALUES (?, 'Kumla kommun', 'Ingrid Raderasson', ?, 'Nämnden möts först i oktober', ?, ?)`,
    )
    .run(named.id, ids.ingrid, at, at);
  app.db
    .prepare(
      `INSERT INTO downloads (token, name, media_type, content, person_id, created_at, expires_at)
       VALUES ('tok-1', 'deltagare.csv', 'text/csv', ?, ?, ?, '2026-11-22T10:00:00Z')`,
    )
    .run(
      Buffer.from('namn;e-post\nIngrid Raderasson;ingrid.raderasson@example.se\n'),
      ids.coordinator,
      at,
    );
  return { app, forum, named, anonymous, ids };
}

export { facilitator };
