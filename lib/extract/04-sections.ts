/** Step 4: sections — each heading opens one, holding the blocks up to the next heading; `headingPath` nests by level. */
import type { Block } from '../types';

export interface BlockSection {
  heading: string;
  headingPath: string[];
  level: number;
  /** Indexes into the blocks array (the heading's own block first, when there is one). */
  blocks: number[];
}

export function groupSections(blocks: Block[]): BlockSection[] {
  const sections: BlockSection[] = [];
  const stack: { level: number; text: string }[] = [];
  let current: BlockSection | null = null;
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      while (stack.length && stack[stack.length - 1]!.level >= b.level) stack.pop();
      stack.push({ level: b.level, text: b.text });
      current = { heading: b.text, headingPath: stack.map((h) => h.text), level: b.level, blocks: [i] };
      sections.push(current);
      return;
    }
    if (!current) {
      current = { heading: '', headingPath: [], level: 0, blocks: [] };
      sections.push(current);
    }
    current.blocks.push(i);
  });
  return sections;
}
