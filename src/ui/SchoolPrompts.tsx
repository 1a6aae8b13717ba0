import type { SchoolConfig } from '../config/schema';

/** The school's own "before you post" questions, in its words. */
export function SchoolPrompts({ school }: { school: SchoolConfig }) {
  return (
    <section aria-labelledby={`prompts-${school.id}`}>
      <h2 id={`prompts-${school.id}`}>{school.name} asks you to consider</h2>
      <ul>
        {school.prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </section>
  );
}
