import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../modules/case/case-issue.ts';
import { checkCasePaths } from '../../../modules/authoring/check-case-paths.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';

const root = new URL('./fixtures/', import.meta.url).pathname;
const lint = (file: string) => loadContent(root, [`content/casussen/${file}`]).issues.map(formatIssue);

describe('a broken case file is rejected with file, place and fix', () => {
  it('accepts the valid fixture', () => {
    expect(lint('onderwijs/geldig.yaml')).toEqual([]);
  });

  it('names a next that points nowhere and suggests the id meant', () => {
    expect(lint('onderwijs/next-bestaat-niet.yaml')).toEqual([
      'content/casussen/onderwijs/next-bestaat-niet.yaml:43: node "overleg" choice "collega": next points to "gesprekk" which does not exist; did you mean "gesprek"?',
    ]);
  });

  it('rejects afweging 2 ja that ends without melden', () => {
    expect(lint('onderwijs/afweging-2-zonder-melden.yaml')).toEqual([
      'content/casussen/onderwijs/afweging-2-zonder-melden.yaml:111: node "einde": this ending is reached while the stappenplan is at melden (a report to Veilig Thuis is due); add the choice that finishes it (e.g. melden after afweging 2 ja) (route: signalen→noteren, overleg→collega, gesprek→ja, afweging-1→nee, afweging-2→ja)',
    ]);
  });

  it('rejects a decision without an expert answer', () => {
    expect(lint('onderwijs/geen-expert.yaml')).toEqual([
      'content/casussen/onderwijs/geen-expert.yaml:56: node "gesprek": no expert answer: mark the right choice with verdict: goed',
    ]);
  });

  it('rejects a node no route reaches', () => {
    expect(lint('onderwijs/onbereikbaar.yaml')).toEqual([
      'content/casussen/onderwijs/onbereikbaar.yaml:95: node "vergeten": no route reaches this node; point a choice\'s next to it, or remove it',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(lint('onderwijs/yaml-fout.yaml')).toEqual([
      'content/casussen/onderwijs/yaml-fout.yaml:95: YAML syntax: Missing closing "quote',
    ]);
  });

  it('names unknown fields and wrong values, with suggestions', () => {
    expect(lint('onderwijs/onbekend-veld.yaml')).toEqual([
      'content/casussen/onderwijs/onbekend-veld.yaml:24: node "signalen" choice "niets": missing field "verdict"',
      'content/casussen/onderwijs/onbekend-veld.yaml:24: node "signalen" choice "niets": unknown field "verdikt"; did you mean "verdict"?',
      'content/casussen/onderwijs/onbekend-veld.yaml:46: node "overleg" choice "vt": verdict: "deelsgoed" is not allowed; did you mean "deels-goed"? (allowed: goed, deels-goed, fout)',
    ]);
  });

  it('refuses afweging 1 before the gesprek and says which step is open', () => {
    expect(lint('onderwijs/stap-overgeslagen.yaml')).toEqual([
      'content/casussen/onderwijs/stap-overgeslagen.yaml:82: node "afweging-1" choice "nee": action "afweging-1-nee" is not allowed here: afweging 1 comes after steps 1–3; still open: stap 3: gesprek voeren of overslaan met een veiligheidsreden (route: signalen→noteren, overleg→collega)',
    ]);
  });

  it('finds where a case gets stuck', () => {
    expect(lint('onderwijs/vastgelopen.yaml')).toEqual([
      'content/casussen/onderwijs/vastgelopen.yaml:51: node "gesprek": from here no choice leads to an ending; give a choice a next that moves the case on (route: signalen→noteren, overleg→collega)',
    ]);
  });

  it('refuses Veilig Thuis in the route for a suspected colleague', () => {
    expect(lint('kinderopvang/collega-naar-veilig-thuis.yaml')).toEqual([
      'content/casussen/kinderopvang/collega-naar-veilig-thuis.yaml:82: node "afweging-1" choice "nee": action "melden" is not allowed here: the stappenplan is at the route for a suspected colleague: aangifte; melden follows afweging 2 ja, 3 nee, 4 nee or 5 nee (or acute danger: acuut-handelen) (route: signalen→noteren, overleg→collega, gesprek→ja)',
    ]);
  });

  it('requires the folder to match the beroepsgroep', () => {
    expect(lint('kinderopvang/verkeerde-map.yaml')).toEqual([
      'content/casussen/kinderopvang/verkeerde-map.yaml:4: beroepsgroep "onderwijs" does not match the folder "kinderopvang"; move the file or fix the field',
    ]);
  });
});

describe('a case too tangled to check', () => {
  it('is rejected instead of checked for ever', () => {
    const { compiled } = loadContent(root, ['content/casussen/onderwijs/geldig.yaml']).cases[0];
    expect(checkCasePaths(compiled, 'geldig.yaml', 3).map(formatIssue)).toEqual([
      'geldig.yaml: more than 3 distinct moments; let wrong choices return to their node',
    ]);
    expect(checkCasePaths(compiled, 'geldig.yaml')).toEqual([]);
  });
});
