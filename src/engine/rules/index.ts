import * as abuse from './abuse';
import * as allegation from './allegation';
import * as complaint from './complaint';
import * as hate from './hate';
import * as namingChild from './naming-child';
import * as namingStaff from './naming-staff';
import * as pileOn from './pile-on';
import * as school from './school';
import * as threat from './threat';
import type { Rule } from './types';

export type { Report, Rule, RuleMeta } from './types';

/** Every rule, in the order of CATEGORIES. */
export const RULES: readonly Rule[] = [school, threat, hate, abuse, allegation, complaint, namingChild, namingStaff, pileOn];
