import { defineMessages } from '../define-messages.js';

/** Words the slack door adds itself (the core's replies carry their own). */
export const slackDoorMessages = defineMessages({}, {});
