import type { StoredDocument } from './build-search-index.ts';
import { lunr } from './dutch-lunr.ts';
import type { OpenSearchIndex } from './open-search-index.ts';
import { queryTerms } from './query-terms.ts';

/** One document that matched, with the index terms it matched on (they decide what is highlighted). */
export interface SearchHit {
  doc: StoredDocument;
  terms: string[];
  score: number;
}

/** All hits for a query, best first. `approximate`: nothing matched exactly, these are near spellings. */
export interface SearchOutcome {
  hits: SearchHit[];
  approximate: boolean;
}

/** Narrows a search to one beroepsgroep (`group`, its id), or only prefers one (`prefer`: the learner's own). */
export interface SearchOptions {
  group?: string;
  prefer?: string;
}

const { LEADING, TRAILING } = lunr.Query.wildcard;

/**
 * Searches the index. Per query word (stemmed the way the index was): the word itself counts most;
 * words that start with it count a little ("afweg" finds "afwegingskader" while typing, "kind" finds
 * "kinderen"); words that end with it count least: a Dutch compound ends in its head, so "mishandeling"
 * finds "kindermishandeling" and "ouderenmishandeling". The opposite does not hold: "kindermishandeling"
 * does not find a text that only says "mishandeling". Documents that hold more query words come first,
 * a word itself counting above a longer word that contains it; then results from the learner's own
 * beroepsgroep (`prefer`); lunr's score breaks ties. Only when nothing matches at all is one typing error
 * allowed per word ("mledcode" finds "meldcode"). A knowledge-check question asked in several modules
 * is one result: the first after ranking, so from the learner's own beroepsgroep when it asks it too.
 */
export function querySearchIndex(
  open: OpenSearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchOutcome {
  const terms = queryTerms(query);
  if (terms.length === 0) return { hits: [], approximate: false };
  const exact = run(open, options, (q) => {
    for (const term of terms) {
      q.term(term, { usePipeline: false, boost: 10 });
      if (term.length >= 3) q.term(term, { usePipeline: false, wildcard: TRAILING, boost: 2 });
      if (term.length >= 5) q.term(term, { usePipeline: false, wildcard: LEADING, boost: 1 });
    }
  });
  const own = (hit: SearchHit) => (options.prefer !== undefined && hit.doc.group === options.prefer ? 1 : 0);
  if (exact.length > 0) {
    const ranked = exact.map((hit) => ({ hit, covered: coverage(terms, hit.terms) }));
    ranked.sort((a, b) => b.covered - a.covered || own(b.hit) - own(a.hit) || b.hit.score - a.hit.score);
    return { hits: onePerQuestion(ranked.map(({ hit }) => hit)), approximate: false };
  }
  // Short words have too many neighbours one typing error away to be worth guessing.
  const fuzzy = run(open, options, (q) => {
    for (const term of terms) if (term.length >= 4) q.term(term, { usePipeline: false, editDistance: 1 });
  });
  fuzzy.sort((a, b) => own(b) - own(a) || b.score - a.score);
  return { hits: onePerQuestion(fuzzy), approximate: fuzzy.length > 0 };
}

/** The hits without a knowledge-check question whose prompt an earlier hit already has. */
function onePerQuestion(hits: SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    if (hit.doc.kind !== 'kennisvraag') return true;
    const prompt = hit.doc.title.trim().toLowerCase();
    if (seen.has(prompt)) return false;
    seen.add(prompt);
    return true;
  });
}

/** Per query word 2 when the document holds the word itself, 1 when only a longer word containing it. */
function coverage(queryTerms: string[], matched: string[]): number {
  let total = 0;
  for (const term of queryTerms)
    if (matched.includes(term)) total += 2;
    else if (matched.some((t) => t.startsWith(term) || t.endsWith(term))) total += 1;
  return total;
}

function run(open: OpenSearchIndex, options: SearchOptions, build: (q: lunr.Query) => void): SearchHit[] {
  return open.index
    .query(build)
    .map((result) => ({
      doc: open.docs[Number(result.ref)]!,
      terms: Object.keys(result.matchData.metadata),
      score: result.score,
    }))
    .filter((hit) => !options.group || hit.doc.group === options.group);
}
