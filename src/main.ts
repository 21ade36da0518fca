import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config.js';
import { createBot } from './create-bot.js';
import { createLogger } from './create-logger.js';

// A .env file is a convenience for local use; real environment variables win over it.
if (existsSync('.env')) process.loadEnvFile('.env');

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(78); // EX_CONFIG
}

const logger = createLogger(config.logLevel);
let stopping = false;
let bot: Awaited<ReturnType<typeof createBot>>;
try {
  bot = await createBot(config, {
    logger,
    shell: { onClose: () => void shutdown('input closed') },
  });
} catch (error) {
  // A database that cannot be opened or a demo file that does not parse: say which, plainly.
  process.stderr.write(
    `forumbot could not start: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exit(1);
}

/**
 * A stop that never ends (a client holding a request open) must not keep the bot from
 * going: after this long it exits anyway. Every acknowledged write is committed already;
 * what is lost is only the answers still in hand.
 */
const stopDeadlineMs = 15_000;

async function shutdown(reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { reason });
  setTimeout(() => {
    logger.error('stopping took too long; exiting without waiting', { ms: stopDeadlineMs });
    process.exit(1);
  }, stopDeadlineMs).unref();
  try {
    await bot.stop();
  } catch (error) {
    logger.error('stopping failed', { error: error instanceof Error ? error.message : error });
    process.exit(1);
  }
  logger.info('stopped');
  process.exit(0);
}

// A promise a library forgot to await (Bolt reads request bodies in one) must not take the
// bot down for everyone: it is logged, loudly, and the bot runs on. Every write is its own
// transaction, so there is no half-done state for such a fault to leave behind.
process.on('unhandledRejection', (reason) => {
  logger.error('unhandled rejection', {
    error: reason instanceof Error ? (reason.stack ?? reason.message) : String(reason),
  });
});

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await bot.start();
} catch (error) {
  logger.error('could not start', {
    error: error instanceof Error ? error.message : String(error),
  });
  await bot.stop();
  process.exit(1);
}
