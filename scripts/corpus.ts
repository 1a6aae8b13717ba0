/** The labelled corpora in tests/corpus (format: tests/corpus/README.md). */
import { existsSync, readFileSync } from 'node:fs';
import type { Category } from '../src/engine';

export interface Post {
  id: string;
  school: string;
  platform: string;
  text: string;
  pause: boolean;
  categories: Category[];
}

/**
 * Every labelled set, in the order `npm run eval` reports them. A set's file is tests/corpus/<name>.jsonl; the
 * `dev` sets are development sets, which the engine may be tuned and trained on, and the `holdout` sets are
 * only ever reported (a test fails on a file in the folder that is not listed here).
 */
export const CORPUS_NAMES = [
  'dev', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7', 'dev-8', 'dev-9', 'dev-10', 'dev-11', 'dev-12',
  'dev-13', 'dev-14', 'dev-15', 'dev-16', 'dev-17', 'dev-18', 'dev-19', 'dev-20', 'dev-21', 'dev-22', 'dev-23',
  'dev-24', 'dev-25', 'dev-26', 'dev-27', 'dev-28', 'dev-29', 'dev-30', 'dev-31', 'dev-32', 'dev-33', 'dev-34',
  'dev-35', 'dev-36', 'dev-37', 'dev-38', 'dev-39', 'dev-40', 'dev-41', 'dev-42', 'dev-43', 'dev-44', 'dev-45',
  'dev-46', 'dev-47', 'dev-48', 'dev-49', 'dev-50', 'dev-51', 'dev-52', 'dev-53', 'dev-54', 'dev-55', 'dev-56',
  'dev-57', 'dev-58', 'dev-59', 'dev-60', 'dev-61', 'dev-62', 'dev-63', 'dev-64', 'dev-65', 'dev-66', 'dev-67',
  'dev-68', 'dev-69', 'dev-70', 'dev-71', 'dev-72', 'dev-73', 'dev-74', 'dev-75', 'dev-76', 'dev-77', 'dev-78',
  'dev-79', 'dev-80', 'dev-81', 'dev-82', 'dev-83', 'dev-84', 'dev-85', 'dev-86', 'dev-87', 'dev-88', 'dev-89',
  'dev-90', 'dev-91', 'dev-92', 'dev-93', 'dev-94', 'dev-95', 'dev-96', 'dev-97', 'dev-98', 'dev-99', 'dev-100',
  'dev-101', 'dev-102', 'dev-103', 'dev-104', 'dev-105', 'dev-106', 'dev-107', 'dev-108', 'dev-109',
  'dev-110', 'dev-111', 'dev-112', 'dev-113', 'dev-114', 'dev-115', 'dev-116', 'dev-117', 'dev-118', 'dev-119', 'dev-120',
  'dev-121', 'dev-122', 'dev-123', 'dev-124', 'dev-125', 'dev-126', 'dev-127', 'dev-128', 'dev-129', 'dev-130', 'dev-131',
  'dev-132', 'dev-133', 'dev-134', 'dev-135', 'dev-136', 'dev-137', 'dev-138', 'dev-139', 'dev-140', 'dev-141', 'dev-142',
  'dev-143', 'dev-144', 'dev-145', 'dev-146', 'dev-147', 'dev-148', 'dev-149', 'dev-150', 'dev-151', 'dev-152', 'dev-153',
  'dev-154', 'dev-155', 'dev-156', 'dev-157', 'dev-158', 'dev-159', 'dev-160', 'dev-161', 'dev-162', 'dev-163', 'dev-164',
  'dev-165', 'dev-166', 'dev-167', 'dev-168', 'dev-169', 'dev-170', 'dev-171', 'dev-172', 'dev-173', 'dev-174', 'dev-175',
  'dev-176', 'dev-177', 'dev-178', 'dev-179', 'dev-180', 'dev-181', 'dev-182', 'dev-183', 'dev-184', 'dev-185', 'dev-186',
  'dev-187', 'dev-188', 'dev-189', 'dev-190', 'dev-191', 'dev-192', 'dev-193', 'dev-194', 'dev-195', 'dev-196', 'dev-197',
  'dev-198', 'dev-199', 'dev-200', 'dev-201', 'dev-202', 'dev-203',
  'holdout', 'holdout-b', 'holdout-c', 'holdout-d', 'holdout-e', 'holdout-f', 'holdout-g', 'holdout-h', 'holdout-i',
  'holdout-j', 'holdout-k', 'holdout-l', 'holdout-m', 'holdout-n', 'holdout-o', 'holdout-p', 'holdout-q', 'holdout-r',
  'holdout-s', 'holdout-t', 'holdout-u', 'holdout-v', 'holdout-w', 'holdout-x', 'holdout-y', 'holdout-z', 'holdout-aa',
  'holdout-ab', 'holdout-ac', 'holdout-ad', 'holdout-ae',
] as const;
export type CorpusName = (typeof CORPUS_NAMES)[number];

export const corpusPath = (name: CorpusName): string => `tests/corpus/${name}.jsonl`;
export const isCorpusName = (name: string): name is CorpusName => (CORPUS_NAMES as readonly string[]).includes(name);

/** Sets the engine may be tuned and trained on; the others are only ever reported. */
export const DEVELOPMENT: readonly CorpusName[] = CORPUS_NAMES.filter((name) => name.startsWith('dev'));

export const corpusExists = (name: CorpusName): boolean => existsSync(corpusPath(name));

export function readCorpus(name: CorpusName): Post[] | undefined {
  const path = corpusPath(name);
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Post);
}
