import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The package could not be built; `problems` lists each reason, one per line. */
export class TeamsPackageError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'TeamsPackageError';
  }
}

/** Schema problems in a Teams manifest, as "path message" lines; empty when it is valid. */
export function validateTeamsManifest(manifest: { manifestVersion?: unknown }): string[] {
  return validate(
    manifest,
    bundledSchema(String(manifest.manifestVersion), 'MicrosoftTeams'),
    true,
  );
}

/** Schema problems in a Teams localisation file (e.g. en-us.json) for a manifest version. */
export function validateTeamsLocalization(file: unknown, manifestVersion: string): string[] {
  // This schema's patterns (`\b…\b]`) are not valid with the regex `u` flag, which Ajv uses
  // by default; they are plain ECMAScript patterns, so compile them without it.
  return validate(file, bundledSchema(manifestVersion, 'MicrosoftTeams.Localization'), false);
}

// @microsoft/app-manifest bundles every published schema, so nothing is fetched. Its own
// AppManifestUtils.validateAgainstSchema cannot be loaded here: version 1.1.2 requires fs-extra
// without declaring it. We run the same validator it would (Ajv draft-04 + ajv-formats, same
// options), resolved through the package so we depend only on what it declares.
const appManifestEntry = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
const fromAppManifest = createRequire(appManifestEntry);

export function bundledSchemaPath(version: string, name: string): string {
  return path.join(
    path.dirname(appManifestEntry),
    `json-schemas/teams/v${version}/${name}.schema.json`,
  );
}

function bundledSchema(version: string, name: string): object {
  const file = bundledSchemaPath(version, name);
  if (!existsSync(file)) {
    throw new TeamsPackageError(
      `No bundled schema for manifestVersion "${version}" in @microsoft/app-manifest (${file}).`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

interface AjvError {
  instancePath: string;
  message?: string;
  params?: object;
}
type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
type AjvCtor = new (options: object) => { compile(schema: object): ValidateFn };
type AddFormats = (ajv: object, formats: string[]) => void;

function validate(data: unknown, schema: object, unicodeRegExp: boolean): string[] {
  const Ajv = fromAppManifest('ajv-draft-04') as AjvCtor;
  const addFormats = fromAppManifest('ajv-formats') as AddFormats;
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(schema);
  if (check(data)) return [];
  return (check.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params ?? {})}`,
  );
}
