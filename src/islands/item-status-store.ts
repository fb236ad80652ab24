import { useEffect, useState } from 'preact/hooks';

// The module page has one summary island and a small island beside each lesson and case. They are
// separate Preact roots but share this module (one copy per page), so the summary computes the
// status once and each item island shows its own lines.

type Texts = Record<string, string[]>;
let current: Texts | undefined;
const listeners = new Set<(texts: Texts) => void>();

/** Hands every item island its lines; called by the summary island after reading the progress. */
export function publishItemTexts(texts: Texts): void {
  current = texts;
  for (const listener of listeners) listener(texts);
}

/** The lines for one item, once the summary island has published them. */
export function useItemTexts(item: string): string[] | undefined {
  const [lines, setLines] = useState(current?.[item]);
  useEffect(() => {
    const listener = (texts: Texts) => setLines(texts[item]);
    listeners.add(listener);
    if (current) listener(current);
    return () => void listeners.delete(listener);
  }, [item]);
  return lines;
}
