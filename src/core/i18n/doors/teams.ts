import { defineMessages } from '../define-messages.js';

/** Words the teams door adds itself (the core's replies carry their own). */
export const teamsDoorMessages = defineMessages({}, {});
