import {
  LineCounter,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { MAX_SOURCE_BYTES } from './read-source.ts';
import { MAX_NESTING_DEPTH, findTooDeep } from './find-too-deep.ts';

export { MAX_NESTING_DEPTH };

/**
 * Passed to yaml's `toJS` as `maxAliasCount`: how far `*alias` references may expand. Enough for an author
 * who reuses a text with `&anker`/`*anker`; a "billion laughs" alias bomb is refused long before it fills
 * memory.
 */
export const MAX_ALIAS_COUNT = 100;

/** At most this many issues are listed, then one line with how many more there are. */
export const MAX_YAML_ISSUES = 20;

/** A problem in a YAML source, in plain Dutch; the caller adds the file name. */
export interface YamlIssue {
  line?: number;
  message: string;
}

/** 1-based line of the value at a path (the nearest ancestor that exists), for later checks. */
export type LineOf = (path: readonly (string | number)[]) => number | undefined;

export type ParsedYaml =
  | { ok: true; doc: Document.Parsed; lineOf: LineOf; data: Record<string, unknown> }
  | { ok: false; issues: YamlIssue[] };

const CASE_EXPECTED = 'een casus met velden zoals id en nodes';

/**
 * Parses YAML text whose top level must be a mapping, safely: never throws, refuses text over
 * MAX_SOURCE_BYTES characters, deep nesting, alias bombs, duplicate keys, aliases that loop or point
 * nowhere and keys that are not text, each with its line. Every pass of our own is linear: duplicate
 * keys are found with one Map per mapping (yaml's `uniqueKeys` compares each key with all before it).
 * `expected` names what the top level should be, for the message when it is not a mapping.
 */
export function parseYaml(
  source: string,
  { expected = CASE_EXPECTED }: { expected?: string } = {},
): ParsedYaml {
  try {
    // Depth first, on at most the allowed length: it stops at the first level too many, so a huge run
    // of brackets is named for what it is, and the scan never costs more than a file of the limit.
    const deep = findTooDeep(source.length > MAX_SOURCE_BYTES ? source.slice(0, MAX_SOURCE_BYTES) : source);
    if (deep !== undefined) return fail([{ line: lineAtOffset(source, deep), message: TOO_DEEP }]);
    if (source.length > MAX_SOURCE_BYTES)
      return fail([
        {
          message: `de tekst is te lang (${source.length} tekens, hoogstens ${MAX_SOURCE_BYTES}): een casus is zelden groter dan 20 KiB; haal weg wat er per ongeluk in staat, of splits de casus`,
        },
      ]);
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const lineAt = (offset: number) => lineCounter.linePos(offset).line;
    if (doc.errors.length > 0)
      return fail(
        doc.errors.map((error) => ({
          line: lineAt(error.pos[0]),
          message: error.code === 'RESOURCE_EXHAUSTION' ? TOO_DEEP : syntaxMessage(error.code, error.message),
        })),
      );
    const contents = doc.contents;
    if (!isMap(contents))
      return fail([
        {
          line: contents?.range ? lineAt(contents.range[0]) : undefined,
          message: `${describeTop(contents)}: verwacht ${expected}`,
        },
      ]);
    const walked = walk(contents, lineAt);
    if (walked.issues.length > 0) return fail(walked.issues);
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      return fail([toJsIssue(error, walked.firstAliasLine)]);
    }
    const lineOf: LineOf = (path) => lineOfPath(doc, lineAt, path);
    return { ok: true, doc, lineOf, data: data as Record<string, unknown> };
  } catch (error) {
    // Nothing above should throw; if a yaml release does, the author still gets a sentence, not a stack.
    if (error instanceof RangeError) return fail([{ message: TOO_DEEP }]);
    return fail([{ message: `de YAML kan niet worden gelezen: ${firstLine(error)}` }]);
  }
}

const TOO_DEEP = `te diep genest: meer dan ${MAX_NESTING_DEPTH} niveaus van inspringing of haakjes ([ en {); een casus heeft er maar een paar nodig, dus controleer of er haakjes openstaan of een blok te ver is ingesprongen`;

const TOO_MANY_ALIASES =
  'te veel aliassen (&/*): de verwijzingen zouden de casus enorm opblazen; schrijf de tekst uit in plaats van hem met &anker en *anker te herhalen';

/** Dutch advice for the yaml errors authors make most; the library's own first line stays for detail. */
const syntaxHints: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'spring in met spaties, niet met tabs',
  BAD_INDENT: 'controleer de inspringing: velden op hetzelfde niveau beginnen in dezelfde kolom',
  MISSING_CHAR: 'sluit elk aanhalingsteken en elk haakje',
  BLOCK_AS_IMPLICIT_KEY:
    'staat er een dubbele punt met een spatie (": ") in een tekst? Zet die tekst dan tussen aanhalingstekens',
  MULTILINE_IMPLICIT_KEY:
    'staat er een dubbele punt met een spatie (": ") in een tekst? Zet die tekst dan tussen aanhalingstekens',
  UNEXPECTED_TOKEN:
    'staat er tekst na een afsluitend aanhalingsteken? Zet dan de hele tekst tussen aanhalingstekens',
  MULTIPLE_DOCS: 'een casus is één YAML-document: haal de extra regel met --- weg',
};

function syntaxMessage(code: string, message: string): string {
  const hint = syntaxHints[code];
  return `YAML-syntaxfout: ${message.split('\n')[0]}${hint ? ` — ${hint}` : ''}`;
}

function describeTop(contents: unknown): string {
  if (contents === null || contents === undefined) return 'het bestand bevat alleen commentaar';
  if (isSeq(contents)) return 'de bovenste laag is een lijst, geen map met velden';
  if (isScalar(contents)) return 'de bovenste laag is een losse waarde, geen map met velden';
  return 'de bovenste laag is geen map met velden';
}

/**
 * One pass over the document in source order, with an explicit stack (no recursion): duplicate keys per
 * mapping, keys that are not plain text, aliases to an anchor that is not defined before them, and
 * aliases inside the node they refer to (toJS would return a circular object).
 */
function walk(root: Node, lineAt: (offset: number) => number) {
  const issues: YamlIssue[] = [];
  const lineOfNode = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineAt(range[0]) : undefined;
  };
  const anchors = new Map<string, Node>();
  const open = new Set<Node>();
  let firstAliasLine: number | undefined;
  const stack: { node: unknown; exit?: true }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      open.delete(node as Node);
      continue;
    }
    if (isAlias(node)) {
      firstAliasLine ??= lineOfNode(node);
      const target = anchors.get(node.source);
      if (!target)
        issues.push({
          line: lineOfNode(node),
          message: `*${node.source} verwijst naar een anker &${node.source} dat er (nog) niet is: zet &${node.source} eerder in het bestand, of schrijf de tekst uit`,
        });
      else if (open.has(target))
        issues.push({
          line: lineOfNode(node),
          message: `*${node.source} staat binnen &${node.source} zelf en verwijst dus naar zichzelf: schrijf de tekst uit`,
        });
      continue;
    }
    if (!isScalar(node) && !isCollection(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (!isCollection(node)) continue;
    open.add(node);
    stack.push({ node, exit: true });
    const children: unknown[] = [];
    if (isMap(node)) {
      const seen = new Map<string, number | undefined>();
      for (const pair of node.items) {
        const key: unknown = pair.key;
        if (isScalar(key)) {
          const name = String(key.value);
          if (seen.has(name)) {
            const first = seen.get(name);
            issues.push({
              line: lineOfNode(key),
              message: `het veld "${name}" staat twee keer in dezelfde map${first ? ` (ook op regel ${first})` : ''}: haal er een weg of geef het een andere naam`,
            });
          } else {
            seen.set(name, lineOfNode(key));
          }
        } else if (key !== null && key !== undefined) {
          issues.push({
            line: lineOfNode(key),
            message: 'een veldnaam moet gewone tekst zijn, geen lijst, map of *verwijzing',
          });
        }
        children.push(pair.value);
      }
    } else {
      for (const item of node.items) children.push(item);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { issues, firstAliasLine };
}

function toJsIssue(error: unknown, aliasLine: number | undefined): YamlIssue {
  if (error instanceof ReferenceError && /alias/i.test(error.message))
    return { line: aliasLine, message: TOO_MANY_ALIASES };
  if (error instanceof RangeError) return { message: TOO_DEEP };
  return { message: `de YAML kan niet worden omgezet: ${firstLine(error)}` };
}

function lineOfPath(
  doc: Document.Parsed,
  lineAt: (offset: number) => number,
  path: readonly (string | number)[],
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineAt(node.range[0]);
  }
  const range = doc.contents?.range;
  return range ? lineAt(range[0]) : undefined;
}

function lineAtOffset(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function fail(issues: YamlIssue[]): ParsedYaml {
  if (issues.length <= MAX_YAML_ISSUES) return { ok: false, issues };
  const more = issues.length - MAX_YAML_ISSUES;
  return {
    ok: false,
    issues: [
      ...issues.slice(0, MAX_YAML_ISSUES),
      {
        message: `en nog ${more} ${more === 1 ? 'probleem' : 'problemen'}; los eerst deze op en controleer opnieuw`,
      },
    ],
  };
}
