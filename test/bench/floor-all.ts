/**
 * The floor apps in one process, started the way the bot is (node with tsx), for the
 * comparison with the bot's one process with all its doors: the minimal Bolt app on
 * FLOOR_SLACK_PORT and the minimal Teams app on FLOOR_TEAMS_PORT. Writes "floor is ready"
 * on stderr once both listen, as the bot writes "forumbot is ready".
 */
import { startSlackFloor } from './floor-slack.js';
import { startTeamsFloor } from './floor-teams.js';

const env = process.env;
await Promise.all([
  startSlackFloor({
    port: Number(env.FLOOR_SLACK_PORT),
    signingSecret: String(env.SLACK_SIGNING_SECRET),
    botToken: String(env.SLACK_BOT_TOKEN),
    apiUrl: String(env.SLACK_API_URL),
    modalFile: env.FLOOR_MODAL_FILE,
  }),
  startTeamsFloor({ port: Number(env.FLOOR_TEAMS_PORT), cardFile: env.FLOOR_CARD_FILE }),
]);
process.stderr.write('floor is ready\n');
process.on('SIGTERM', () => process.exit(0));
