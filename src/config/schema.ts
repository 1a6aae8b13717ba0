import { z } from 'zod';

/**
 * What a school fills in. This schema is the single source of truth: the build validates
 * `schools/*.json` with it, the extension validates the bundled copy with it again at run time,
 * and the types below are inferred from it. Field names `id`, `name`, `aliases`, `staff[].name`
 * and `staff[].role` are read by tools outside the project: keep them.
 */

/** The concerns a school's policy can list, shared with the engine's finding categories. */
export const CONCERN_IDS = [
  'complaint',
  'allegation',
  'naming-child',
  'naming-staff',
  'threat',
  'hate',
  'abuse',
  'pile-on',
  'photos',
  'school-identity',
] as const;
export type ConcernId = (typeof CONCERN_IDS)[number];

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

const kebabId = z
  .string({ error: 'id must be text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'id must be kebab-case: lower-case letters and digits joined by single hyphens, e.g. "alsop-high"',
  });

const httpsUrl = z.url({
  protocol: /^https?$/,
  error: 'must be a full web address starting with https:// (or http://)',
});

export const StaffMemberSchema = z.strictObject({
  name: text('staff name').refine((n) => /\p{L}{2,}/u.test(n), {
    error: 'staff name needs at least a surname, e.g. "Mrs Anita Patel" or "Joe Pilkington"',
  }),
  role: text('staff role'),
  /** Other names parents use for this person that the engine cannot derive ("Mr P" is derived). */
  aliases: z.array(text('staff alias')).default([]),
});

export const ConcernSchema = z.strictObject({
  /** The school's own words for this concern. */
  clause: text('clause'),
  /** What the school says it will do, in its words. */
  action: text('action').optional(),
});

export const PolicySchema = z.strictObject({
  title: text('policy title'),
  /** As the policy gives it: "September 2019", "2021". */
  date: text('policy date').optional(),
  url: httpsUrl.optional(),
  summary: text('policy summary').optional(),
  concerns: z.partialRecord(z.enum(CONCERN_IDS), ConcernSchema).refine((c) => Object.keys(c).length > 0, {
    error: 'list at least one concern (e.g. "complaint") with the clause from the school\'s policy',
  }),
  /** What the school says it may do when the policy is broken. */
  actions: z.array(text('action')).default([]),
  /** Laws or legal points the policy lists. */
  legal: z.array(text('legal point')).default([]),
});

export const ComplaintsSchema = z
  .strictObject({
    url: httpsUrl.optional(),
    email: z.email({ error: 'must be an email address such as office@school.example' }).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()-]{6,}$/, { error: 'must be a phone number such as 0151 000 0000' })
      .optional(),
    /** Postal address: a way to write to or visit the school. */
    address: text('address').optional(),
    /** How to ask in person, in the school's words, where no address or number is known. */
    inPerson: text('in-person route').optional(),
    /** In order: talk to the class teacher, then the head, then the governors… */
    steps: z.array(text('step')).min(1, { error: 'list at least one step, e.g. "Talk to your child\'s class teacher"' }),
  })
  .refine((c) => Boolean(c.url || c.email || c.phone || c.address || c.inPerson), {
    error: 'give at least one way to reach the school: url, email, phone, address or inPerson',
  });

export const SchoolConfigSchema = z.strictObject({
  id: kebabId,
  // Fits the store's 75-character extension name after "Before You Post – ".
  name: text('name').max(55, { error: 'name must be at most 55 characters; put longer forms in aliases' }),
  aliases: z.array(text('alias')).default([]),
  website: httpsUrl.optional(),
  staff: z.array(StaffMemberSchema).default([]),
  prompts: z.array(text('prompt')).min(1, {
    error: 'list at least one "before you post, consider…" question from the school\'s policy',
  }),
  policy: PolicySchema,
  complaints: ComplaintsSchema,
});

export type SchoolConfigInput = z.input<typeof SchoolConfigSchema>;
export type SchoolConfig = z.output<typeof SchoolConfigSchema>;
export type StaffMember = z.output<typeof StaffMemberSchema>;
