import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig } from '../config.js';
import { ForumFileError, importForumFile } from '../core/editions/import-forum-file.js';
import { UserError } from '../core/errors.js';
import { translator } from '../core/i18n/translate.js';
import { formatSpan } from '../core/time/format-date.js';
import { openDatabase } from '../store/open-database.js';
import { createStore } from '../store/store.js';

/**
 * `npm run forum:import -- data/forum.json`: creates the forum a file describes, or updates
 * the one with its slug, in the database at DATABASE_PATH. Times in the file are local to
 * TIME_ZONE. Messages are in DEFAULT_LOCALE. Exit codes follow sysexits: 64 usage, 65 a file
 * that cannot be used, 66 a file that cannot be read, 78 bad configuration.
 */
export interface ImportForumOptions {
  env?: Record<string, string | undefined>;
  now?: Date;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

export function importForum(args: readonly string[], options: ImportForumOptions = {}): number {
  const out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line) => process.stderr.write(`${line}\n`));
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(options.env ?? process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    err(error.message);
    return 78;
  }
  const locale = config.defaultLocale;
  const t = translator(locale);
  const [file] = args;
  if (!file || args.length > 1) {
    err(t('editions.import.usage'));
    return 64;
  }

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof SyntaxError) {
      err(t('editions.import.refused', { path: file }));
      err(`  ${t('editions.file.notJson', { detail })}`);
      return 65;
    }
    err(t('editions.import.cannotRead', { path: file, detail }));
    return 66;
  }

  const db = openDatabase(config.databasePath);
  try {
    const store = createStore(db);
    const now = options.now ?? new Date();
    const { forum, created } = importForumFile(store, json, now, config.timeZone, config.settings);
    out(
      t(created ? 'editions.import.created' : 'editions.import.updated', {
        forum: forum.title,
        slug: forum.slug,
        when: formatSpan(forum.startsAt, forum.endsAt, locale, config.timeZone),
        capacity: forum.capacity,
      }),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    err(t('editions.import.refused', { path: file }));
    const problems =
      error instanceof ForumFileError
        ? error.problems
        : [{ messageKey: error.messageKey, params: error.params }];
    for (const problem of problems) err(`  ${t(problem.messageKey, problem.params)}`);
    return 65;
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // The same .env the bot reads, so the import finds the bot's database.
  if (existsSync('.env')) process.loadEnvFile('.env');
  process.exitCode = importForum(process.argv.slice(2));
}
