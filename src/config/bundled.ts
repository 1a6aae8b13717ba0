import raw from 'virtual:before-you-post/schools';
import { z } from 'zod';
import { SchoolConfigSchema } from './schema';

/** The schools this build holds, checked again by the same schema the build used. */
export const BUNDLED_SCHOOLS = z.array(SchoolConfigSchema).min(1).parse(raw);
