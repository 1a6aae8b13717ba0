import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { CONCERN_IDS, type SchoolConfig, SchoolConfigSchema } from './schema';

/** A school config that cannot be used. The message names the file, the field and the fix. */
export class SchoolConfigError extends Error {
  override name = 'SchoolConfigError';
}

const SCHOOLS_DIR = 'schools';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(the whole file)';
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const allowed = issue.path.at(-1) === 'concerns' ? ` (concerns are: ${CONCERN_IDS.join(', ')})` : '';
    return issue.keys
      .map((key) => `${fieldPath([...issue.path, key])}: unknown field; check its spelling or remove it${allowed}`)
      .join('\n');
  }
  const field = fieldPath(issue.path);
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
    return `${field}: is missing; add it`;
  }
  return `${field}: ${issue.message}`;
}

/** Validates parsed JSON from `file` and returns the config, or throws with every problem listed. */
export function parseSchoolConfig(data: unknown, file: string): SchoolConfig {
  const result = SchoolConfigSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => describeIssue(i, data)).join('\n');
    throw new SchoolConfigError(`${file}: invalid school config\n${problems}`);
  }
  return result.data;
}

export function readSchoolConfig(file: string, root = process.cwd()): SchoolConfig {
  const shown = relative(root, file) || file;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new SchoolConfigError(`${shown}: cannot be read; check the path`);
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new SchoolConfigError(`${shown}: is not valid JSON (${(error as Error).message})`);
  }
  const config = parseSchoolConfig(data, shown);
  const inSchoolsDir = resolve(file, '..') === resolve(root, SCHOOLS_DIR);
  if (inSchoolsDir && basename(file) !== `${config.id}.json`) {
    throw new SchoolConfigError(`${shown}: id: "${config.id}" must match the file name; rename the file to ${config.id}.json or change the id`);
  }
  return config;
}

/**
 * The schools a build holds. `spec` is the SCHOOL variable: nothing for every school in
 * `schools/`, or a comma-separated list of school ids in `schools/`, JSON files and folders of
 * JSON files (a trust building one extension for several schools).
 */
export function loadSchools(spec: string | undefined, root = process.cwd()): SchoolConfig[] {
  const dir = join(root, SCHOOLS_DIR);
  const entries = spec ? spec.split(',').map((e) => e.trim()).filter(Boolean) : [SCHOOLS_DIR];
  const schools = entries.flatMap((entry) => loadEntry(entry, dir, root));
  const seen = new Set<string>();
  for (const school of schools) {
    if (seen.has(school.id)) throw new SchoolConfigError(`SCHOOL=${spec}: the id "${school.id}" appears twice; each school needs its own id`);
    seen.add(school.id);
  }
  return schools;
}

function loadEntry(entry: string, dir: string, root: string): SchoolConfig[] {
  const byId = join(dir, `${entry}.json`);
  if (/^[a-z0-9-]+$/.test(entry) && existsSync(byId)) return [readSchoolConfig(byId, root)];
  const path = resolve(root, entry);
  if (existsSync(path) && statSync(path).isFile()) return [readSchoolConfig(path, root)];
  if (existsSync(path) && statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((f) => f.endsWith('.json')).sort();
    if (files.length === 0) throw new SchoolConfigError(`${relative(root, path) || entry}/: holds no school config; add one such as my-school.json`);
    return files.map((f) => readSchoolConfig(join(path, f), root));
  }
  const known = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort() : [];
  throw new SchoolConfigError(
    `SCHOOL=${entry}: no such school id, JSON file or folder; use one of ${known.join(', ') || '(none in schools/)'} or a path to a .json file`,
  );
}
