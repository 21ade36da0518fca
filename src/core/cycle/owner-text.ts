import type { CycleChannel } from '../../store/cycle-repository.js';
import type { Store } from '../../store/store.js';
import type { Translate } from '../i18n/translate.js';
import type { CycleOwner } from './cycle-file.js';
import { wholeCycle } from './recipients.js';

/** Who is nudged, in words: "the coordinators", "Eva Ek", "#rus-plattformen (not connected)". */
export function ownerText(
  t: Translate,
  store: Store,
  owner: CycleOwner,
  channels: readonly CycleChannel[],
): string {
  switch (owner.kind) {
    case 'role':
      return t(`cycle.owner.${owner.role}`);
    case 'email': {
      const person = store.people.findByEmail(owner.email.toLowerCase());
      return person?.displayName ?? owner.email;
    }
    case 'channel': {
      const connected = channels.some((c) => c.name === owner.channel || c.name === wholeCycle);
      const name = `#${owner.channel}`;
      return connected ? name : t('cycle.owner.unconnected', { channel: name });
    }
  }
}
