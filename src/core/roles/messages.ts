import { defineMessages } from '../i18n/define-messages.js';

export const rolesMessages = defineMessages(
  {
    'error.notAllowed':
      'Det här är till för samordnare och administratörer. Be en administratör om behörighet om du behöver den.',
  },
  {
    'error.notAllowed':
      'This is for coordinators and admins. Ask an admin for access if you need it.',
  },
);
