import { dutchWords } from './dutch-words.ts';

/** The index terms of what a learner typed, each once, in order; stop words and punctuation drop out. */
export function queryTerms(query: string): string[] {
  return [...new Set(Array.from(dutchWords(query), (word) => word.term))];
}
