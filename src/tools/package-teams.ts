import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeZip, type ZipEntry } from '../core/export/write-zip.js';
import { uuidV5 } from './uuid-v5.js';
import {
  TeamsPackageError,
  validateTeamsLocalization,
  validateTeamsManifest,
} from './validate-teams-manifest.js';

export { TeamsPackageError };

/**
 * `npm run package:teams`: fills the ids into manifests/teams/manifest.json, checks it against
 * the JSON schema bundled in @microsoft/app-manifest (offline), and zips it with its icons and
 * language files into manifests/teams/build/forumbot.zip, ready to upload to Teams.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
// Namespace for deriving a Teams app id from the bot id (UUID v5); fixed forever, so the
// derived id never changes for a given bot.
const FORUMBOT_NAMESPACE = 'fb214188-7c22-4530-8f5f-bbc30fec67bc';
// Sizes Teams requires (the schema cannot check them).
const ICON_SIZES = { color: 192, outline: 32, color32x32: 32 } as const;

export interface PackageTeamsOptions {
  env?: Record<string, string | undefined>;
  /** Where forumbot.zip is written. Default: manifests/teams/build. */
  outDir?: string;
  /** Where manifest.json, the icons and the language files are. Default: manifests/teams. */
  sourceDir?: string;
}

export interface PackageTeamsResult {
  zipPath: string;
  appId: string;
  /** True when TEAMS_APP_ID was not set and the app id was derived from the bot id. */
  appIdDerived: boolean;
  botId: string;
  schemaVersion: string;
  entries: string[];
}

export async function packageTeams(options: PackageTeamsOptions = {}): Promise<PackageTeamsResult> {
  const env = options.env ?? process.env;
  const sourceDir = options.sourceDir ?? path.join(repoRoot, 'manifests/teams');
  const outDir = options.outDir ?? path.join(sourceDir, 'build');

  // The Teams SDK reads the bot's Entra app id from CLIENT_ID, so that is the usual source.
  const botId = (env.BOT_ID || env.CLIENT_ID || '').trim();
  if (!GUID.test(botId)) {
    throw new TeamsPackageError(
      botId
        ? `BOT_ID/CLIENT_ID "${botId}" is not a GUID. Use the bot's Microsoft Entra application (client) id.`
        : "Set BOT_ID or CLIENT_ID to the bot's Microsoft Entra application (client) id (a GUID), in .env or the environment.",
    );
  }
  const givenAppId = (env.TEAMS_APP_ID || '').trim();
  if (givenAppId && !GUID.test(givenAppId)) {
    throw new TeamsPackageError(`TEAMS_APP_ID "${givenAppId}" is not a GUID.`);
  }
  // Teams treats a new id as a new app, so a random id per build would pile up copies in the
  // org's catalogue. Deriving it from the bot id keeps it stable with no state to store.
  const appId = givenAppId || uuidV5(FORUMBOT_NAMESPACE, botId.toLowerCase());

  const template = readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8');
  const values: Record<string, string> = { TEAMS_APP_ID: appId, BOT_ID: botId };
  const unknown = new Set<string>();
  const text = template.replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) unknown.add(name);
    return value ?? '';
  });
  if (unknown.size > 0) {
    throw new TeamsPackageError(
      `manifest.json uses unknown placeholders: ${[...unknown].join(', ')}`,
    );
  }
  let manifest: TeamsManifestShape;
  try {
    manifest = JSON.parse(text) as TeamsManifestShape;
  } catch (error) {
    throw new TeamsPackageError(`manifest.json is not valid JSON: ${(error as Error).message}`);
  }
  const version = manifest.manifestVersion;

  const problems = validateTeamsManifest(manifest).map((p) => `manifest.json ${p}`);
  const files = new Map<string, Buffer>([['manifest.json', Buffer.from(text, 'utf8')]]);
  const addFile = (name: string, check: (data: Buffer) => string[]) => {
    // Teams reads the package flat: every file must sit at the root of the zip.
    if (name.includes('/') || name.includes('\\')) {
      problems.push(`${name}: must be a file next to manifest.json, not in a folder`);
      return;
    }
    const file = path.join(sourceDir, name);
    if (!existsSync(file)) return void problems.push(`${name}: file not found in ${sourceDir}`);
    const data = readFileSync(file);
    problems.push(...check(data).map((p) => `${name} ${p}`));
    files.set(name, data);
  };
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = manifest.icons?.[kind as keyof typeof ICON_SIZES];
    if (name) addFile(name, (data) => checkPngSize(data, size));
  }
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    addFile(file, (data) => {
      let strings: unknown;
      try {
        strings = JSON.parse(data.toString('utf8'));
      } catch (error) {
        return [`is not valid JSON: ${(error as Error).message}`];
      }
      return validateTeamsLocalization(strings, version);
    });
  }
  if (problems.length > 0) {
    throw new TeamsPackageError(
      `The Teams app package is not valid (schema v${version}):\n  ${problems.join('\n  ')}`,
      problems,
    );
  }

  const entries: ZipEntry[] = [...files].map(([name, data]) => ({ name, data }));
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, 'forumbot.zip');
  writeFileSync(zipPath, writeZip(entries));
  return {
    zipPath,
    appId,
    appIdDerived: !givenAppId,
    botId,
    schemaVersion: version,
    entries: entries.map((e) => e.name),
  };
}

/** The parts of a Teams manifest this tool reads; the schema checks the rest. */
interface TeamsManifestShape {
  manifestVersion: string;
  icons?: Partial<Record<keyof typeof ICON_SIZES, string>>;
  localizationInfo?: { additionalLanguages?: { file: string }[] };
}

function checkPngSize(data: Buffer, size: number): string[] {
  const isPng = data.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  if (!isPng) return ['is not a PNG file'];
  const [width, height] = [data.readUInt32BE(16), data.readUInt32BE(20)];
  return width === size && height === size
    ? []
    : [`is ${width}×${height} pixels; Teams requires ${size}×${size}`];
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    const result = await packageTeams();
    if (result.appIdDerived) {
      console.log(
        `TEAMS_APP_ID is not set, so the app id ${result.appId} was derived from the bot id (the same on every build).\n` +
          `To pin it, add TEAMS_APP_ID=${result.appId} to .env.`,
      );
    }
    console.log(
      `Wrote ${path.relative(process.cwd(), result.zipPath)} (${result.entries.join(', ')})`,
    );
    console.log(
      'Upload it in Teams: Apps → Manage your apps → Upload an app → Upload a custom app (or, for everyone, Teams admin center → Manage apps → Upload).',
    );
  } catch (error) {
    // Our own errors are written for people; anything else gets its stack for debugging.
    console.error(error instanceof TeamsPackageError ? error.message : error);
    process.exitCode = 1;
  }
}

// Run only as a script (tsx src/tools/package-teams.ts), not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
