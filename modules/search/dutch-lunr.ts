import lunr from 'lunr';
import nl from 'lunr-languages/lunr.nl.js';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';

// Registers the Dutch trimmer, stop words and Snowball stemmer with lunr once, for the build and the
// browser alike: a serialised index names these functions, and `lunr.Index.load` finds them here.
stemmerSupport(lunr);
nl(lunr);

/** What every word goes through, in the index and in a query: trim punctuation, drop stop words, stem. */
const steps = [lunr.nl.trimmer, lunr.nl.stopWordFilter, lunr.nl.stemmer] as lunr.PipelineFunction[];

/** A lunr builder plugin: Dutch for indexing, the stemmer alone for lunr's own query parsing. */
export function dutch(this: lunr.Builder): void {
  this.pipeline.reset();
  this.pipeline.add(...steps);
  this.searchPipeline.reset();
  this.searchPipeline.add(lunr.nl.stemmer as lunr.PipelineFunction);
}

const cache = new Map<string, string | undefined>();

/**
 * The index term of one word as the tokenizer cuts it ("Signalen," → "signal"), or undefined for a
 * stop word or bare punctuation. Memoised: highlighting asks for the same words over and over.
 */
export function dutchTerm(word: string): string | undefined {
  const key = word.toLowerCase();
  if (cache.has(key)) return cache.get(key);
  let token: lunr.Token | null = new lunr.Token(key, {});
  // Each of these steps gives one token back, or nothing (undefined) for a word it drops.
  for (const step of steps) token = token && ((step(token, 0, [token]) as lunr.Token | undefined) ?? null);
  const term = token?.toString() || undefined;
  cache.set(key, term);
  return term;
}

export { lunr };
