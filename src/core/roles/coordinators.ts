import type { Store } from '../../store/store.js';
import type { View } from '../chat.js';
import { type Translate, translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import type { Person } from '../people/person.js';
import type { Settings } from '../settings.js';

/** Everyone who looks after forums: coordinators and admins, stored or configured. */
export function coordinatorsOf(store: Store, settings: Settings): Person[] {
  const ids = new Set(
    store.roles
      .all()
      .filter((r) => r.role === 'coordinator' || r.role === 'admin')
      .map((r) => r.personId),
  );
  for (const email of settings.admins) {
    const person = store.people.findByEmail(email);
    if (person) ids.add(person.id);
  }
  return [...ids].map((id) => store.people.get(id)).filter((p) => p !== undefined);
}

/**
 * Queues one message to every coordinator, each in their own language. `key` names the
 * event; the person's id is added, so each coordinator is told once.
 */
export function notifyCoordinators(
  store: Store,
  settings: Settings,
  event: { key: string; purpose: string; view: (t: Translate, person: Person) => View },
  now: Date,
): number {
  let queued = 0;
  for (const person of coordinatorsOf(store, settings)) {
    const key = `${event.key}:to:${person.id}`;
    // A daily digest asks every minute: build the message only for whom it is new.
    if (store.outbox.find(key)) continue;
    const sent = sendLater(
      store,
      {
        key,
        purpose: event.purpose,
        to: { personId: person.id },
        view: event.view(translator(person.locale), person),
        locale: person.locale,
      },
      now,
    );
    if (sent) queued++;
  }
  return queued;
}
