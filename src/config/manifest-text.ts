import type { SchoolConfig } from './schema';

const PRODUCT = 'Before You Post';
/** The Chrome Web Store's limit; the schema keeps names short enough for the name itself. */
const MAX_DESCRIPTION = 132;

/** The manifest's name and description: a one-school build carries the school's name. */
export function manifestText(schools: readonly SchoolConfig[]): { name: string; description: string } {
  const only = schools.length === 1 ? schools[0] : undefined;
  if (!only) {
    return {
      name: PRODUCT,
      description: "A calm pause before you post about your child's school: its own questions, and the way to raise a concern instead.",
    };
  }
  const name = `${PRODUCT} – ${only.name}`;
  const long = `A calm pause before you post about ${only.name}: the school's own questions, and the way to raise a concern instead.`;
  const short = `A calm pause before you post about ${only.name}.`;
  return { name, description: long.length <= MAX_DESCRIPTION ? long : short };
}
