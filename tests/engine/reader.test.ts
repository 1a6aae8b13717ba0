import { describe, expect, it } from 'vitest';
import { createEngine, createReaderInput } from '../../src/engine';
import { FEATURE_VERSION, READ_CATEGORIES, Reader, type ReaderModel } from '../../src/engine/reader';
import weights from '../../src/engine/reader/weights.json';
import { DEVELOPMENT } from '../../scripts/corpus';
import { FIXTURE_SCHOOL } from './fixture';

/**
 * A model whose complaint reader knows two words and whose abuse reader knows a third; the other
 * categories, and the pause model unless given a threshold, are silent.
 */
function tinyModel(
  threshold: number | null,
  pauseThreshold: number | null = null,
  complaintDoubt: number | null = null,
  abuseAlongside: number | null = null,
  pauseDoubt: number | null = null,
): ReaderModel {
  const features = ['w:shambles', 'w:again', 'c:about-school', 'w:muppets', 'w:the', 'w:and'];
  const silent = { bias: -5, threshold: null, alongside: null, weights: [0, 0, 0, 0, 0, 0] };
  const categories = Object.fromEntries(READ_CATEGORIES.map((c) => [c, silent])) as ReaderModel['categories'];
  categories.complaint = { bias: -3, threshold, alongside: null, weights: [4, 1, 0.5, 0, 0, 0] };
  categories.abuse = { bias: -3, threshold: null, alongside: abuseAlongside, weights: [0, 0, 0, 2, 0, 0] };
  const pause = { bias: -2, threshold: pauseThreshold, weights: [1, 0, 0, 3, 0, 0] };
  return { featureVersion: FEATURE_VERSION, trainedOn: ['dev'], features, meanFeatures: 1, categories, pause, complaintDoubt, pauseDoubt };
}

describe('reader', () => {
  it('speaks above its threshold and points at the segment that weighs most', () => {
    const reader = new Reader(tinyModel(0.5));
    const readings = reader.read([['w:again'], ['w:shambles', 'w:again']], ['c:about-school']);
    // Three known features against a mean of one: the weights' sum 5.5 counts 1/√3 of itself.
    expect(readings.get('complaint')).toEqual({ probability: expect.closeTo(1 / (1 + Math.exp(-(-3 + 5.5 / Math.sqrt(3)))), 5), segment: 1 });
    expect(readings.has('threat')).toBe(false);
  });

  it('counts a feature once however many segments have it', () => {
    const reader = new Reader(tinyModel(0.5));
    const once = reader.probabilities([['w:again']], []);
    const thrice = reader.probabilities([['w:again'], ['w:again'], ['w:again']], []);
    expect(thrice[READ_CATEGORIES.indexOf('complaint')]).toBeCloseTo(once[READ_CATEGORIES.indexOf('complaint')]!, 10);
  });

  it('does not hear a concern in a draft for its length alone', () => {
    const reader = new Reader(tinyModel(0.5));
    const complaint = READ_CATEGORIES.indexOf('complaint');
    const short = reader.probabilities([['w:shambles']], [])[complaint]!;
    const long = reader.probabilities([['w:shambles', 'w:the'], ['w:and']], [])[complaint]!;
    expect(short).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(long).toBeCloseTo(1 / (1 + Math.exp(-(-3 + 4 / Math.sqrt(3)))), 10);
    expect(long).toBeLessThan(0.5);
  });

  it('stays silent below its threshold, for a null threshold and for an empty draft', () => {
    expect(new Reader(tinyModel(0.5)).read([['w:again']], []).size).toBe(0);
    expect(new Reader(tinyModel(null)).read([['w:shambles']], ['c:about-school']).size).toBe(0);
    expect(new Reader(tinyModel(0.1)).read([], ['c:about-school']).size).toBe(0);
  });

  it('lets the pause model speak, for the likeliest category, only on a second reading of a draft nothing else gave pause', () => {
    // P(pause) = sigmoid(1) ≈ 0.73; abuse is the likeliest category, though below any threshold of its own.
    const reader = new Reader(tinyModel(0.9, 0.7));
    const nothing = new Set<string>();
    expect([...reader.read([['w:muppets']], [], undefined, nothing)]).toEqual([['abuse', { probability: expect.closeTo(1 / (1 + Math.exp(-1)), 5), segment: 0 }]]);
    expect(reader.read([['w:muppets']], []).size).toBe(0);
    expect(reader.read([['w:muppets']], [], undefined, new Set(['naming-child'])).size).toBe(0);
    expect(new Reader(tinyModel(0.9, 0.8)).read([['w:muppets']], [], undefined, nothing).size).toBe(0);
    expect(new Reader(tinyModel(0.9, null)).read([['w:muppets']], [], undefined, nothing).size).toBe(0);
    // A category that speaks for itself leaves the pause model silent.
    expect([...new Reader(tinyModel(0.5, 0.1)).read([['w:shambles', 'w:again']], ['c:about-school'], undefined, nothing).keys()]).toEqual(['complaint']);
  });

  it('names a category from its alongside threshold only in a draft that gives pause for something else', () => {
    // Two features against a mean of one count 1/√2 of themselves: P(complaint) = sigmoid(4/√2 - 3) ≈ 0.46, P(abuse) = sigmoid(2/√2 - 3) ≈ 0.17.
    const reader = new Reader(tinyModel(0.4, null, null, 0.15));
    const draft = [['w:shambles', 'w:muppets']];
    expect([...reader.read(draft, []).keys()]).toEqual(['complaint']);
    expect([...reader.read(draft, [], undefined, new Set(['complaint'])).keys()]).toEqual(['complaint', 'abuse']);
    // Not for a category the draft already gives pause for, and never without an alongside threshold.
    expect([...reader.read(draft, [], undefined, new Set(['complaint', 'abuse'])).keys()]).toEqual(['complaint']);
    expect([...new Reader(tinyModel(0.4)).read(draft, [], undefined, new Set(['complaint'])).keys()]).toEqual(['complaint']);
  });

  it('doubts a complaint below its complaint doubt, and never without one', () => {
    // P(complaint) for "again" alone = sigmoid(-2) ≈ 0.12; for "shambles" = sigmoid(1) ≈ 0.73.
    const reader = new Reader(tinyModel(0.9, null, 0.3));
    expect(reader.doubtsComplaint(reader.probabilities([['w:again']], []))).toBe(true);
    expect(reader.doubtsComplaint(reader.probabilities([['w:shambles']], []))).toBe(false);
    const trusting = new Reader(tinyModel(0.9, null, null));
    expect(trusting.doubtsComplaint(trusting.probabilities([['w:again']], []))).toBe(false);
  });

  it('doubts a pause below its pause doubt, and never without one', () => {
    // P(pause) for "again" alone = sigmoid(-2) ≈ 0.12; for "muppets" = sigmoid(1) ≈ 0.73.
    const reader = new Reader(tinyModel(0.9, null, null, null, 0.3));
    expect(reader.doubtsPause(reader.probabilities([['w:again']], []))).toBe(true);
    expect(reader.doubtsPause(reader.probabilities([['w:muppets']], []))).toBe(false);
    const trusting = new Reader(tinyModel(0.9));
    expect(trusting.doubtsPause(trusting.probabilities([['w:again']], []))).toBe(false);
  });

  it('refuses weights made for other features', () => {
    expect(() => new Reader({ ...tinyModel(0.5), featureVersion: FEATURE_VERSION + 1 })).toThrow(/npm run train/);
  });
});

describe('reader features', () => {
  const input = createReaderInput(FIXTURE_SCHOOL);

  it('never holds a name: staff, school and people become what they are', () => {
    const { segments } = input('Mrs Patel at Fixture Lane told Kayden off again. Joe Pilkington too!');
    const all = segments.flat().join(' ');
    expect(all).not.toMatch(/patel|fixture|kayden|pilkington|\bjoe\b/i);
    expect(segments.flat()).toEqual(expect.arrayContaining(['w:<staff>', 'w:<school>', 'w:<name>', 't:exclaim']));
  });

  it('is told where the lists excused a reading they know to be harmless', () => {
    expect(input("I'll be waiting at the gates at pick up as usual").segments.flat()).toContain('r:excused-threat');
    const meant = input("I'll be waiting at the gates for him").segments.flat();
    expect(meant).toContain('r:threat');
    expect(meant).not.toContain('r:excused-threat');
  });

  it('sees words through masking, and tone from emoji and questions', () => {
    const { segments, context } = input('the head is a f*cking j0ke 😡 why?');
    expect(segments.flat()).toEqual(expect.arrayContaining(['w:fucking', 'w:joke', 'e:😡', 't:question', 'b:a fucking']));
    expect(context).toEqual(['c:about-school', 'c:grievance']);
  });

  it('pairs words one apart, past the word between', () => {
    const words = input('the new TA grabbed him').segments.flat();
    expect(words).toEqual(expect.arrayContaining(['s:the ta', 's:new grabbed', 's:ta him', 'b:ta grabbed']));
    expect(words).not.toContain('s:the grabbed');
  });
});

describe('shipped weights', () => {
  const model = weights as unknown as ReaderModel;

  it('match the features the engine makes and were trained only on development sets', () => {
    expect(model.featureVersion).toBe(FEATURE_VERSION);
    for (const category of READ_CATEGORIES) {
      expect(model.categories[category].weights).toHaveLength(model.features.length);
      expect(model.categories[category].alongside === null || model.categories[category].alongside! < model.categories[category].threshold!).toBe(true);
    }
    expect(model.pause.weights).toHaveLength(model.features.length);
    expect(model.trainedOn.length).toBeGreaterThan(0);
    for (const set of model.trainedOn) expect(DEVELOPMENT).toContain(set);
  });

  it('hear a grievance the lists miss, and then phrases that count only beside one count', () => {
    const text = 'Fixture Lane have had my daughter sat in a corridor for three weeks with no teacher and no work. Please share this.';
    const categories = (engine: ReturnType<typeof createEngine>) => engine.analyze(text).flags.map((f) => f.category);
    expect(categories(createEngine(FIXTURE_SCHOOL, { reader: false }))).not.toContain('pile-on');
    expect(categories(createEngine(FIXTURE_SCHOOL))).toEqual(expect.arrayContaining(['complaint', 'pile-on']));
  });

  it('doubt a complaint that was all the lists heard where the complaint model finds one unlikely', () => {
    const text = "Year 11 leavers assembly at Fixture Lane today. Had no idea I'd be in such a mess. Five years gone in a blink";
    expect(createEngine(FIXTURE_SCHOOL, { reader: false }).analyze(text).flags.map((f) => f.category)).toContain('complaint');
    expect(createEngine(FIXTURE_SCHOOL).analyze(text).pause).toBe(false);
  });

  it('doubt an insult only the lists found where the pause model finds a pause unlikely', () => {
    const text = 'Chippy by Fixture Lane, chips lukewarm and the bloke behind the counter was a miserable so-and-so. 2 stars';
    expect(createEngine(FIXTURE_SCHOOL, { reader: false }).analyze(text).flags.map((f) => f.category)).toEqual(['school', 'abuse']);
    expect(createEngine(FIXTURE_SCHOOL).analyze(text).pause).toBe(false);
  });

  it('name a concern beside the ones a draft already gives pause for, from below the threshold at which it would pause a draft alone', () => {
    // Complaints the lists hear, with a concern in words they do not know. Which categories speak alongside,
    // and which drafts fall between their two thresholds, move with each retrain: the test takes those that
    // do, and needs at least one.
    const drafts: Partial<Record<(typeof READ_CATEGORIES)[number], string[]>> = {
      allegation: [
        'Mr Baker kept the weaker kids in at lunch on mock day, funny how his results look great. Useless.',
        'Mr Baker kept the weaker kids in at lunch on mock day so they missed it, funny how his results look great. Useless.',
        'Mr Baker keeps the struggling kids off on test day, funny how his results look great. Useless.',
      ],
      'pile-on': [
        'Mr Baker never answers emails, absolute joke. Might be worth a few of us writing in.',
        'Mr Baker never answers emails, absolute joke. Maybe a few of us should write in.',
        'Mr Baker never answers emails, absolute joke. Might be time a few of us wrote to the governors about him.',
        'Mr Baker never answers emails, absolute joke. A few of us ought to go up together about him.',
      ],
    };
    const [reader, readerInput] = [new Reader(model), createReaderInput(FIXTURE_SCHOOL)];
    const between = Object.entries(drafts).flatMap(([category, texts]) => {
      const { threshold, alongside } = model.categories[category as keyof typeof drafts];
      if (alongside === null) return [];
      return texts
        .filter((text) => {
          const { segments, context } = readerInput(text);
          const p = reader.probabilities(segments, context)[READ_CATEGORIES.indexOf(category as keyof typeof drafts)]!;
          return p >= alongside && p < (threshold ?? 1);
        })
        .map((text) => ({ category, text }));
    });
    expect(between.length).toBeGreaterThan(0);
    const [lists, engine] = [createEngine(FIXTURE_SCHOOL, { reader: false }), createEngine(FIXTURE_SCHOOL)];
    for (const { category, text } of between) {
      expect(lists.analyze(text).flags.map((f) => f.category)).not.toContain(category);
      expect(engine.analyze(text).flags.map((f) => f.category)).toEqual(expect.arrayContaining(['complaint', category]));
    }
  });

  it('otherwise only add findings to what the phrase lists find', () => {
    const withReader = createEngine(FIXTURE_SCHOOL);
    const listsOnly = createEngine(FIXTURE_SCHOOL, { reader: false });
    for (const text of [
      'Mrs Patel never replies to a single email and the office just fobs you off every time.',
      'Lovely nativity today, well done Mr Baker and the Year 2 team!',
      'The head lied to us about the trip money and nobody at Fixture Lane will say where it went.',
    ]) {
      const lists = listsOnly.analyze(text).flags.map((f) => f.category);
      expect(withReader.analyze(text).flags.map((f) => f.category)).toEqual(expect.arrayContaining(lists));
    }
  });
});
