import { defineMessages } from '../i18n/define-messages.js';

export const rolesMessages = defineMessages(
  {
    'error.notAllowed':
      'Det här är till för samordnare och administratörer. Be en administratör om behörighet om du behöver den.',
    'roles.title': 'Roller',
    'roles.none': 'Ingen har någon roll ännu, utöver administratörerna i konfigurationen.',
    'roles.line': '{name}: {role}',
    'roles.configured': 'Administratörer från konfigurationen: {emails}',
    'roles.role.admin': 'administratör',
    'roles.role.coordinator': 'samordnare',
    'roles.role.facilitator': 'processledare',
    'roles.form.title': 'Ge en roll',
    'roles.form.intro':
      'Samordnare sköter forum, gästlistor och årshjulet. Processledare leder samrådsrundor. Administratörer delar ut roller.',
    'roles.form.email': 'E-postadress',
    'roles.form.role': 'Roll',
    'roles.form.submit': 'Ge rollen',
    'roles.form.badEmail': 'Skriv en e-postadress, till exempel namn@regionorebrolan.se.',
    'roles.granted': '{name} är nu {role}.',
    'roles.alreadyHas': '{name} är redan {role}.',
    'roles.revoked': '{name} är inte längre {role}.',
    'roles.notOwnAdmin':
      'Du kan inte ta bort din egen administratörsroll; be en annan administratör.',
    'button.grantRole': 'Ge en roll',
    'button.revokeRole': 'Ta bort {role} från {name}',
  },
  {
    'error.notAllowed':
      'This is for coordinators and admins. Ask an admin for access if you need it.',
    'roles.title': 'Roles',
    'roles.none': 'Nobody has a role yet, besides the admins in the configuration.',
    'roles.line': '{name}: {role}',
    'roles.configured': 'Admins from the configuration: {emails}',
    'roles.role.admin': 'admin',
    'roles.role.coordinator': 'coordinator',
    'roles.role.facilitator': 'facilitator',
    'roles.form.title': 'Grant a role',
    'roles.form.intro':
      'Coordinators look after forums, guest lists and the annual cycle. Facilitators run consultation rounds. Admins grant roles.',
    'roles.form.email': 'E-mail address',
    'roles.form.role': 'Role',
    'roles.form.submit': 'Grant the role',
    'roles.form.badEmail': 'Write an e-mail address, such as name@regionorebrolan.se.',
    'roles.granted': '{name} is now {role}.',
    'roles.alreadyHas': '{name} is already {role}.',
    'roles.revoked': '{name} is no longer {role}.',
    'roles.notOwnAdmin': 'You cannot remove your own admin role; ask another admin.',
    'button.grantRole': 'Grant a role',
    'button.revokeRole': 'Remove {role} from {name}',
  },
);
