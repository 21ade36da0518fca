import { defineMessages } from '../i18n/define-messages.js';

export const cycleMessages = defineMessages({}, {});
