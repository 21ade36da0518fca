import type { Block } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { Forum, Registration } from './forum.js';

/**
 * What someone with a registration can do next: change it, read the programme, cancel (or
 * leave the waitlist), or answer a seat on offer.
 */
export function registrationActions(
  ctx: CommandContext,
  forum: Forum,
  registration?: Registration,
): Block {
  const { t } = ctx;
  const args = { forum: String(forum.id) };
  if (registration?.status === 'offered') {
    const offer = { registration: String(registration.id) };
    return {
      kind: 'actions',
      buttons: [
        {
          label: t('button.acceptSeat'),
          command: 'waitlist.accept',
          args: offer,
          style: 'primary',
        },
        { label: t('button.declineSeat'), command: 'waitlist.decline', args: offer },
      ],
    };
  }
  const waiting = registration?.status === 'waitlisted';
  return {
    kind: 'actions',
    buttons: [
      { label: t('button.change'), command: 'forum.change', args },
      { label: t('button.program'), command: 'forum.program', args },
      {
        label: t(waiting ? 'button.leaveWaitlist' : 'button.cancel'),
        command: 'forum.cancel',
        args,
        style: 'danger',
      },
    ],
  };
}
