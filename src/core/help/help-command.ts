import { z } from 'zod';
import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { hasRole } from '../roles/role.js';

export const helpCommand = defineCommand({
  id: 'help',
  words: ['hjälp', 'hjalp', 'help', 'meny', 'menu', '?', 'start', 'hej', 'hi', 'hello'],
  args: z.object({}),
  run({ t, roles }) {
    // Coordinators see their tools too; participants are not shown what they cannot use.
    const coordinator: Block[] = hasRole(roles, 'coordinator')
      ? [
          { kind: 'heading', text: t('help.coordinator.title') },
          {
            kind: 'text',
            text: [
              t('help.coordinator'),
              ...(hasRole(roles, 'admin') ? [t('help.admin'), t('help.audit')] : []),
            ].join('\n'),
          },
          {
            kind: 'actions',
            buttons: [
              { label: t('button.manageForums'), command: 'editions.list' },
              { label: t('button.guestList'), command: 'guests.list' },
              { label: t('button.invitationStatus'), command: 'invitations.status' },
            ],
          },
        ]
      : [];
    // Rounds are the facilitators' (and so also the coordinators') tool.
    const facilitator: Block[] = hasRole(roles, 'facilitator')
      ? [
          { kind: 'heading', text: t('help.facilitator.title') },
          { kind: 'text', text: t('help.facilitator') },
          {
            kind: 'actions',
            buttons: [{ label: t('button.myRounds'), command: 'rounds.list' }],
          },
        ]
      : [];
    return message(
      { kind: 'heading', text: t('help.title') },
      { kind: 'text', text: t('help.intro') },
      {
        kind: 'text',
        text: [
          t('help.list'),
          t('help.signup'),
          t('help.my'),
          t('help.change'),
          t('help.cancel'),
          t('help.checkin'),
          t('privacy.help'),
          t('help.help'),
        ].join('\n'),
      },
      {
        kind: 'actions',
        buttons: [
          { label: t('button.list'), command: 'forum.list' },
          { label: t('button.signup'), command: 'forum.signup', style: 'primary' },
          { label: t('button.my'), command: 'forum.my' },
        ],
      },
      ...facilitator,
      ...coordinator,
    );
  },
});
