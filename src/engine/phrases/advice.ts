import type { Phrase } from './types';

/**
 * A parent asking how to raise a worry with the school. With a hedge beside it, a worry told this way
 * about someone unnamed ("DS says a teacher shouted at him. I don't want to overreact. Best to ring the
 * school or email his tutor?") is what the policies ask for, not a complaint or an allegation
 * (RuleContext.raisesAWorry); naming the teacher or the child still counts.
 */
export const ASKING: readonly Phrase[] = [
  {
    pattern:
      "(should i|shall i|do i|would i|could i|can i|best to|better to|how (do|should|would|can|could) (i|we)|how best to|who (do|should|would|can) (i|we)|is it worth|whats the best way to|what's the best way to|whats the fairest way to|what's the fairest way to|best way to|any advice on how to|any tips on how to) (just)? (mention|raise|speak|talk|email|ring|call|phone|approach|contact|bring|ask|flag|handle|go to|go about|tackle|message)",
  },
  { pattern: '(is this|is it|is that) (something|a thing|worth) (i|we|to)? (should)? (raise|raising|mention|mentioning|flag|flagging|bring up|bringing up|take up|taking up)' },
];

/** The parent holding back from accusing anyone, or unsure the story is the whole story. */
export const HEDGE: readonly Phrase[] = [
  {
    pattern:
      "(don't want to|dont want to|do not want to|not wanting to|without wanting to|trying not to|try not to) (overreact|over react|cause a fuss|make a fuss|kick up a fuss|accuse|go in all guns blazing|go in guns blazing|be that parent|march in|storm in|jump to conclusions)",
  },
  {
    pattern:
      "(if so|if that's true|if thats true|if it's true|if its true|if true|if that's what happened|if thats what happened|if that's what was said|if thats what was actually said|if that's what was actually said|could be nothing|might be nothing|may be nothing|could be something|only heard one side|only his side|only her side|one side of the story|misheard|wrong end of the stick|not sure what happened|no evidence either way)",
  },
];
