import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { wordKind } from '../../src/engine/lexicon';
import { GIVEN_NAMES } from '../../src/engine/phrases/given-names';

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;

describe('given names compromise lacks', () => {
  it('lists only words compromise has no entry for, each once (any other entry would never be read)', () => {
    expect(GIVEN_NAMES.filter((name) => Object.prototype.hasOwnProperty.call(lexicon, name))).toEqual([]);
    expect(new Set(GIVEN_NAMES).size).toBe(GIVEN_NAMES.length);
  });

  it('makes each of them a given name', () => {
    expect(GIVEN_NAMES.filter((name) => wordKind(name) !== 'given-name')).toEqual([]);
  });
});
