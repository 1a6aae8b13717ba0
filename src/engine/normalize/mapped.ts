/**
 * Text with, for every UTF-16 unit, the span of the original text it came from. Each normaliser
 * reads one and writes one, so offsets compose through the whole chain back to what the parent typed.
 */
export interface Mapped {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

export function identity(text: string): Mapped {
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end };
}

/** Accumulates a normaliser's output while tracking where each unit came from in its input. */
export class MappedBuilder {
  private readonly parts: string[] = [];
  private start: number[] = [];
  private end: number[] = [];

  constructor(private readonly source: Mapped) {}

  /** Copies input units [from, to) unchanged. */
  copy(from: number, to = from + 1): void {
    this.parts.push(this.source.text.slice(from, to));
    for (let i = from; i < to; i++) {
      this.start.push(this.source.start[i]!);
      this.end.push(this.source.end[i]!);
    }
  }

  /** Emits `text` in place of input units [from, to); every unit of it maps to their whole span. */
  replace(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    const s = this.source.start[from]!;
    const e = this.source.end[to - 1]!;
    for (let i = 0; i < text.length; i++) {
      this.start.push(s);
      this.end.push(e);
    }
  }

  build(): Mapped {
    return { text: this.parts.join(''), start: Int32Array.from(this.start), end: Int32Array.from(this.end) };
  }
}

export type Normalizer = (input: Mapped) => Mapped;
