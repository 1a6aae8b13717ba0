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

export const CORPORA = {
  dev: 'tests/corpus/dev.jsonl',
  'dev-2': 'tests/corpus/dev-2.jsonl',
  'dev-3': 'tests/corpus/dev-3.jsonl',
  'dev-4': 'tests/corpus/dev-4.jsonl',
  'dev-5': 'tests/corpus/dev-5.jsonl',
  'dev-6': 'tests/corpus/dev-6.jsonl',
  'dev-7': 'tests/corpus/dev-7.jsonl',
  'dev-8': 'tests/corpus/dev-8.jsonl',
  'dev-9': 'tests/corpus/dev-9.jsonl',
  'dev-10': 'tests/corpus/dev-10.jsonl',
  'dev-11': 'tests/corpus/dev-11.jsonl',
  'dev-12': 'tests/corpus/dev-12.jsonl',
  'dev-13': 'tests/corpus/dev-13.jsonl',
  'dev-14': 'tests/corpus/dev-14.jsonl',
  'dev-15': 'tests/corpus/dev-15.jsonl',
  'dev-16': 'tests/corpus/dev-16.jsonl',
  'dev-17': 'tests/corpus/dev-17.jsonl',
  'dev-18': 'tests/corpus/dev-18.jsonl',
  'dev-19': 'tests/corpus/dev-19.jsonl',
  'dev-20': 'tests/corpus/dev-20.jsonl',
  'dev-21': 'tests/corpus/dev-21.jsonl',
  'dev-22': 'tests/corpus/dev-22.jsonl',
  'dev-23': 'tests/corpus/dev-23.jsonl',
  'dev-24': 'tests/corpus/dev-24.jsonl',
  'dev-25': 'tests/corpus/dev-25.jsonl',
  'dev-26': 'tests/corpus/dev-26.jsonl',
  'dev-27': 'tests/corpus/dev-27.jsonl',
  'dev-28': 'tests/corpus/dev-28.jsonl',
  'dev-29': 'tests/corpus/dev-29.jsonl',
  'dev-30': 'tests/corpus/dev-30.jsonl',
  'dev-31': 'tests/corpus/dev-31.jsonl',
  'dev-32': 'tests/corpus/dev-32.jsonl',
  'dev-33': 'tests/corpus/dev-33.jsonl',
  'dev-34': 'tests/corpus/dev-34.jsonl',
  'dev-35': 'tests/corpus/dev-35.jsonl',
  'dev-36': 'tests/corpus/dev-36.jsonl',
  'dev-37': 'tests/corpus/dev-37.jsonl',
  'dev-38': 'tests/corpus/dev-38.jsonl',
  'dev-39': 'tests/corpus/dev-39.jsonl',
  'dev-40': 'tests/corpus/dev-40.jsonl',
  'dev-41': 'tests/corpus/dev-41.jsonl',
  'dev-42': 'tests/corpus/dev-42.jsonl',
  'dev-43': 'tests/corpus/dev-43.jsonl',
  'dev-44': 'tests/corpus/dev-44.jsonl',
  'dev-45': 'tests/corpus/dev-45.jsonl',
  'dev-46': 'tests/corpus/dev-46.jsonl',
  'dev-47': 'tests/corpus/dev-47.jsonl',
  'dev-48': 'tests/corpus/dev-48.jsonl',
  'dev-49': 'tests/corpus/dev-49.jsonl',
  'dev-50': 'tests/corpus/dev-50.jsonl',
  'dev-51': 'tests/corpus/dev-51.jsonl',
  'dev-52': 'tests/corpus/dev-52.jsonl',
  'dev-53': 'tests/corpus/dev-53.jsonl',
  'dev-54': 'tests/corpus/dev-54.jsonl',
  'dev-55': 'tests/corpus/dev-55.jsonl',
  'dev-56': 'tests/corpus/dev-56.jsonl',
  'dev-57': 'tests/corpus/dev-57.jsonl',
  'dev-58': 'tests/corpus/dev-58.jsonl',
  'dev-59': 'tests/corpus/dev-59.jsonl',
  'dev-60': 'tests/corpus/dev-60.jsonl',
  'dev-61': 'tests/corpus/dev-61.jsonl',
  'dev-62': 'tests/corpus/dev-62.jsonl',
  'dev-63': 'tests/corpus/dev-63.jsonl',
  'dev-64': 'tests/corpus/dev-64.jsonl',
  'dev-65': 'tests/corpus/dev-65.jsonl',
  'dev-66': 'tests/corpus/dev-66.jsonl',
  'dev-67': 'tests/corpus/dev-67.jsonl',
  'dev-68': 'tests/corpus/dev-68.jsonl',
  'dev-69': 'tests/corpus/dev-69.jsonl',
  'dev-70': 'tests/corpus/dev-70.jsonl',
  'dev-71': 'tests/corpus/dev-71.jsonl',
  'dev-72': 'tests/corpus/dev-72.jsonl',
  'dev-73': 'tests/corpus/dev-73.jsonl',
  'dev-74': 'tests/corpus/dev-74.jsonl',
  'dev-75': 'tests/corpus/dev-75.jsonl',
  'dev-76': 'tests/corpus/dev-76.jsonl',
  'dev-77': 'tests/corpus/dev-77.jsonl',
  'dev-78': 'tests/corpus/dev-78.jsonl',
  'dev-79': 'tests/corpus/dev-79.jsonl',
  'dev-80': 'tests/corpus/dev-80.jsonl',
  'dev-81': 'tests/corpus/dev-81.jsonl',
  'dev-82': 'tests/corpus/dev-82.jsonl',
  'dev-83': 'tests/corpus/dev-83.jsonl',
  'dev-84': 'tests/corpus/dev-84.jsonl',
  'dev-85': 'tests/corpus/dev-85.jsonl',
  'dev-86': 'tests/corpus/dev-86.jsonl',
  'dev-87': 'tests/corpus/dev-87.jsonl',
  'dev-88': 'tests/corpus/dev-88.jsonl',
  'dev-89': 'tests/corpus/dev-89.jsonl',
  'dev-90': 'tests/corpus/dev-90.jsonl',
  'dev-91': 'tests/corpus/dev-91.jsonl',
  'dev-92': 'tests/corpus/dev-92.jsonl',
  'dev-93': 'tests/corpus/dev-93.jsonl',
  'dev-94': 'tests/corpus/dev-94.jsonl',
  'dev-95': 'tests/corpus/dev-95.jsonl',
  'dev-96': 'tests/corpus/dev-96.jsonl',
  'dev-97': 'tests/corpus/dev-97.jsonl',
  'dev-98': 'tests/corpus/dev-98.jsonl',
  holdout: 'tests/corpus/holdout.jsonl',
  'holdout-b': 'tests/corpus/holdout-b.jsonl',
  'holdout-c': 'tests/corpus/holdout-c.jsonl',
  'holdout-d': 'tests/corpus/holdout-d.jsonl',
  'holdout-e': 'tests/corpus/holdout-e.jsonl',
  'holdout-f': 'tests/corpus/holdout-f.jsonl',
  'holdout-g': 'tests/corpus/holdout-g.jsonl',
  'holdout-h': 'tests/corpus/holdout-h.jsonl',
  'holdout-i': 'tests/corpus/holdout-i.jsonl',
  'holdout-j': 'tests/corpus/holdout-j.jsonl',
  'holdout-k': 'tests/corpus/holdout-k.jsonl',
  'holdout-l': 'tests/corpus/holdout-l.jsonl',
  'holdout-m': 'tests/corpus/holdout-m.jsonl',
  'holdout-n': 'tests/corpus/holdout-n.jsonl',
  'holdout-o': 'tests/corpus/holdout-o.jsonl',
  'holdout-p': 'tests/corpus/holdout-p.jsonl',
  'holdout-q': 'tests/corpus/holdout-q.jsonl',
  'holdout-r': 'tests/corpus/holdout-r.jsonl',
  'holdout-s': 'tests/corpus/holdout-s.jsonl',
  'holdout-t': 'tests/corpus/holdout-t.jsonl',
  'holdout-u': 'tests/corpus/holdout-u.jsonl',
} as const;
export type CorpusName = keyof typeof CORPORA;

/** Sets the engine may be tuned and trained on; the others are only ever reported. */
export const DEVELOPMENT: readonly CorpusName[] = ['dev', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7', 'dev-8', 'dev-9', 'dev-10', 'dev-11', 'dev-12', 'dev-13', 'dev-14', 'dev-15', 'dev-16', 'dev-17', 'dev-18', 'dev-19', 'dev-20', 'dev-21', 'dev-22', 'dev-23', 'dev-24', 'dev-25', 'dev-26', 'dev-27', 'dev-28', 'dev-29', 'dev-30', 'dev-31', 'dev-32', 'dev-33', 'dev-34', 'dev-35', 'dev-36', 'dev-37', 'dev-38', 'dev-39', 'dev-40', 'dev-41', 'dev-42', 'dev-43', 'dev-44', 'dev-45', 'dev-46', 'dev-47', 'dev-48', 'dev-49', 'dev-50', 'dev-51', 'dev-52', 'dev-53', 'dev-54', 'dev-55', 'dev-56', 'dev-57', 'dev-58', 'dev-59', 'dev-60', 'dev-61', 'dev-62', 'dev-63', 'dev-64', 'dev-65', 'dev-66', 'dev-67', 'dev-68', 'dev-69', 'dev-70', 'dev-71', 'dev-72', 'dev-73', 'dev-74', 'dev-75', 'dev-76', 'dev-77', 'dev-78', 'dev-79', 'dev-80', 'dev-81', 'dev-82', 'dev-83', 'dev-84', 'dev-85', 'dev-86', 'dev-87', 'dev-88', 'dev-89', 'dev-90', 'dev-91', 'dev-92', 'dev-93', 'dev-94', 'dev-95', 'dev-96', 'dev-97', 'dev-98'];

export const corpusExists = (name: CorpusName): boolean => existsSync(CORPORA[name]);

export function readCorpus(name: CorpusName): Post[] | undefined {
  const path = CORPORA[name];
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Post);
}
