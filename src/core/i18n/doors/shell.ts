import { defineMessages } from '../define-messages.js';

/** Words the shell door adds itself (the core's replies carry their own). */
export const shellDoorMessages = defineMessages({}, {});
