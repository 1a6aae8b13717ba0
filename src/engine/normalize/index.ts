import { foldCase } from './case';
import { foldConfusables } from './confusables';
import { createLeetNormalizer, type LeetVocabulary } from './leet';
import { identity, type Mapped, type Normalizer } from './mapped';
import { plainPunctuation } from './quotes';
import { squashRepeats } from './repeated';
import { createSpacedJoiner } from './spaced';
import { removeZeroWidth } from './zero-width';

export type { LeetVocabulary } from './leet';
export type { Mapped, Normalizer } from './mapped';

/**
 * The chain, in order: invisible characters go first so they cannot split anything later; letters
 * are folded to lower-case Latin before spaced-out letters are joined, symbols decoded and repeats
 * squashed, because each of those steps reads plain lower-case letters.
 */
export function createNormalizer(vocabulary: LeetVocabulary): (text: string) => Mapped {
  const chain: Normalizer[] = [
    removeZeroWidth,
    foldConfusables,
    plainPunctuation,
    foldCase,
    createSpacedJoiner(vocabulary.words),
    createLeetNormalizer(vocabulary),
    squashRepeats,
  ];
  return (text) => chain.reduce((mapped, step) => step(mapped), identity(text));
}
