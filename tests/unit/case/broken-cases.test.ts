import { describe, expect, it } from 'vitest';
import { checkCasePaths } from '../../../modules/authoring/check-case-paths.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { formatIssue } from '../../../modules/case/case-issue.ts';

const root = new URL('./fixtures/', import.meta.url).pathname;
const lint = (file: string) => loadContent(root, [`content/casussen/${file}`]).issues.map(formatIssue);
const route = (steps: string) => ` (route: ${steps})`;
const hulpStart = 'signalen→goed, kindcheck→goed, overleg→goed, gesprek→goed';

describe('a broken case file is rejected with file, place and fix, in Dutch', () => {
  it('accepts the valid fixtures', () => {
    expect(lint('onderwijs/geldig.yaml')).toEqual([]);
    expect(lint('artsen/geldig-hulp.yaml')).toEqual([]);
  });

  it('names a next that points nowhere and suggests the id meant', () => {
    expect(lint('onderwijs/next-bestaat-niet.yaml')).toEqual([
      'content/casussen/onderwijs/next-bestaat-niet.yaml:44: node "overleg" choice "collega": next wijst naar "gesprekk", maar die node bestaat niet; bedoel je "gesprek"?',
    ]);
  });

  it('rejects afweging 2 ja that ends without melden', () => {
    expect(lint('onderwijs/afweging-2-zonder-melden.yaml')).toEqual([
      `content/casussen/onderwijs/afweging-2-zonder-melden.yaml:112: node "einde": dit einde wordt bereikt terwijl het stappenplan bij melden (een melding bij Veilig Thuis is nodig) is; voeg de keuze toe die het afmaakt (bijvoorbeeld melden na afweging 2 ja)${route('signalen→noteren, overleg→collega, gesprek→ja, afweging-1→nee, afweging-2→ja')}`,
    ]);
  });

  it('rejects a decision without an expert answer', () => {
    expect(lint('onderwijs/geen-expert.yaml')).toEqual([
      'content/casussen/onderwijs/geen-expert.yaml:57: node "gesprek": geen expertantwoord: geef precies één keuze verdict: goed',
    ]);
  });

  it('rejects a decision with two expert answers', () => {
    expect(lint('onderwijs/twee-goed.yaml')).toEqual([
      'content/casussen/onderwijs/twee-goed.yaml:57: node "gesprek": 2 keuzes hebben verdict: goed (ja, nee); een beslissing heeft precies één expertantwoord',
    ]);
  });

  it('rejects an expert answer that does not have strictly the most points', () => {
    expect(lint('onderwijs/goed-niet-hoogste.yaml')).toEqual([
      'content/casussen/onderwijs/goed-niet-hoogste.yaml:37: node "overleg": het expertantwoord "collega" moet meer punten hebben dan elke andere keuze (nu 2, een andere keuze 2); verhoog het of verlaag de andere',
    ]);
  });

  it('rejects an action on a node of another phase', () => {
    expect(lint('onderwijs/fase-past-niet.yaml')).toEqual([
      'content/casussen/onderwijs/fase-past-niet.yaml:83: node "afweging-1" choice "nee": actie "afweging-1-nee" past niet bij phase stap-4 (Stap 4: wegen van het geweld of de mishandeling); zet deze keuze op een node met phase afweging-1',
    ]);
  });

  it('rejects a choice that leads back to an earlier moment', () => {
    expect(lint('onderwijs/terug-naar-eerder.yaml')).toEqual([
      'content/casussen/onderwijs/terug-naar-eerder.yaml:91: node "afweging-1" choice "ja": next wijst terug naar "signalen", waar de casus al was; laat een verkeerde keuze terugkeren naar haar eigen node (afweging-1) of verder gaan',
    ]);
  });

  it('rejects a node no route reaches', () => {
    expect(lint('onderwijs/onbereikbaar.yaml')).toEqual([
      'content/casussen/onderwijs/onbereikbaar.yaml:96: node "vergeten": geen enkele route komt bij deze node; laat de next van een keuze ernaar wijzen, of haal hem weg',
    ]);
  });

  it('accepts consequences of wrong choices that lead back to the route', () => {
    expect(lint('onderwijs/gevolg-geldig.yaml')).toEqual([]);
  });

  it('rejects a consequence without a way on', () => {
    expect(lint('onderwijs/gevolg-zonder-next.yaml')).toEqual([
      'content/casussen/onderwijs/gevolg-zonder-next.yaml:97: gevolg "plekken-erger": het veld "next" ontbreekt: een gevolg wijst altijd verder, terug naar het moment van de keuze of naar een later moment',
    ]);
  });

  it('rejects a consequence whose next points nowhere, with the id meant', () => {
    expect(lint('onderwijs/gevolg-next-bestaat-niet.yaml')).toEqual([
      'content/casussen/onderwijs/gevolg-next-bestaat-niet.yaml:99: gevolg "ouders-boos": next wijst naar "gesprekk", maar die node bestaat niet; bedoel je "gesprek"?',
    ]);
  });

  it('rejects a loop of consequences, once', () => {
    expect(lint('onderwijs/gevolg-kring.yaml')).toEqual([
      'content/casussen/onderwijs/gevolg-kring.yaml:102: gevolg "nog-erger": deze gevolgen wijzen in een kring naar elkaar (nog-erger → plekken-erger → nog-erger), zodat de casus nooit verder gaat; laat het laatste gevolg wijzen naar een moment met keuzes',
    ]);
  });

  it('rejects a case that starts at a consequence', () => {
    expect(lint('onderwijs/gevolg-als-start.yaml')).toEqual([
      'content/casussen/onderwijs/gevolg-als-start.yaml:10: start wijst naar het gevolg "plekken-erger"; een casus begint bij een moment met keuzes, een gevolg volgt pas op een verkeerde keuze',
    ]);
  });

  it('rejects a consequence after the expert answer', () => {
    expect(lint('onderwijs/gevolg-na-goed.yaml')).toEqual([
      'content/casussen/onderwijs/gevolg-na-goed.yaml:24: node "signalen" choice "noteren": het expertantwoord leidt naar het gevolg "plekken-erger"; een gevolg laat zien wat een verkeerde keuze teweegbrengt: laat deze keuze naar het volgende moment gaan, of zet het gevolg bij een verkeerde keuze',
    ]);
  });

  it('rejects a consequence no choice leads to', () => {
    expect(lint('onderwijs/gevolg-onbereikbaar.yaml')).toEqual([
      'content/casussen/onderwijs/gevolg-onbereikbaar.yaml:97: gevolg "plekken-erger": geen enkele keuze leidt naar dit gevolg; laat de next van een verkeerde keuze ernaar wijzen, of haal het weg',
    ]);
  });

  it('rejects a consequence that leads back to an earlier moment', () => {
    expect(lint('onderwijs/gevolg-terug-naar-eerder.yaml')).toEqual([
      'content/casussen/onderwijs/gevolg-terug-naar-eerder.yaml:99: gevolg "ouders-boos": dit gevolg (na keuze "nee" bij "gesprek") wijst terug naar "signalen", waar de casus al was; laat het terugwijzen naar het moment van de keuze (gesprek) of verder gaan',
    ]);
  });

  it('accepts a bad ending (outcome: slecht) after a wrong choice, with the stappenplan unfinished', () => {
    expect(lint('onderwijs/slecht-einde.yaml')).toEqual([]);
  });

  it('rejects a bad ending after the expert answer', () => {
    expect(lint('onderwijs/slecht-einde-na-goed.yaml')).toEqual([
      'content/casussen/onderwijs/slecht-einde-na-goed.yaml:64: node "gesprek" choice "ja": het expertantwoord leidt naar het slechte einde "slecht-einde"; laat een slecht einde alleen volgen op een verkeerde keuze',
    ]);
  });

  it('rejects outcome on a node that is not an ending', () => {
    expect(lint('onderwijs/outcome-zonder-einde.yaml')).toEqual([
      'content/casussen/onderwijs/outcome-zonder-einde.yaml:54: node "gesprek": outcome: hoort alleen bij een einde: zet end: true op deze node, of haal outcome weg',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(lint('onderwijs/yaml-fout.yaml')).toEqual([
      'content/casussen/onderwijs/yaml-fout.yaml:96: YAML-syntaxfout: Missing closing "quote — sluit elk aanhalingsteken en elk haakje',
    ]);
  });

  it('names unknown fields and wrong values, with suggestions', () => {
    expect(lint('onderwijs/onbekend-veld.yaml')).toEqual([
      'content/casussen/onderwijs/onbekend-veld.yaml:25: node "signalen" choice "niets": het veld "verdict" ontbreekt',
      'content/casussen/onderwijs/onbekend-veld.yaml:25: node "signalen" choice "niets": onbekend veld "verdikt"; bedoel je "verdict"?',
      'content/casussen/onderwijs/onbekend-veld.yaml:47: node "overleg" choice "vt": verdict: "deelsgoed" is niet toegestaan; bedoel je "deels-goed"? (toegestaan: goed, deels-goed, fout)',
    ]);
  });

  it('refuses afweging 1 before the gesprek and says which step is open', () => {
    expect(lint('onderwijs/stap-overgeslagen.yaml')).toEqual([
      `content/casussen/onderwijs/stap-overgeslagen.yaml:83: node "afweging-1" choice "nee": actie "afweging-1-nee" kan hier niet: afweging 1 komt na stap 1 tot en met 3; nog open: stap 3: gesprek voeren of overslaan met een veiligheidsreden${route('signalen→noteren, overleg→collega')}`,
    ]);
  });

  it('finds where a case gets stuck', () => {
    expect(lint('onderwijs/vastgelopen.yaml')).toEqual([
      `content/casussen/onderwijs/vastgelopen.yaml:52: node "gesprek": vanaf hier leidt geen keuze naar een einde; geef een keuze een next die de casus verder brengt${route('signalen→noteren, overleg→collega')}`,
    ]);
  });

  it('refuses Veilig Thuis in the route for a suspected colleague', () => {
    expect(lint('kinderopvang/collega-naar-veilig-thuis.yaml')).toEqual([
      `content/casussen/kinderopvang/collega-naar-veilig-thuis.yaml:83: node "afweging-1" choice "nee": actie "melden" kan hier niet: het stappenplan is bij de route bij een vermoeden tegen een collega: aangifte doen; melden volgt op afweging 2 ja, 3 nee, 4 nee of 5 nee (of bij acuut gevaar: acuut-handelen)${route('signalen→noteren, overleg→collega, gesprek→ja')}`,
    ]);
  });

  it('requires the folder to match the beroepsgroep', () => {
    expect(lint('kinderopvang/verkeerde-map.yaml')).toEqual([
      'content/casussen/kinderopvang/verkeerde-map.yaml:4: beroepsgroep "onderwijs" past niet bij de map "kinderopvang"; verplaats het bestand of pas het veld aan',
    ]);
  });
});

describe('the meldcode, not only its order', () => {
  it('needs a stated acute situation for acting at once', () => {
    expect(lint('artsen/acuut-zonder-reden.yaml')).toEqual([
      'content/casussen/artsen/acuut-zonder-reden.yaml:222: node "acuut" choice "bellen": acuut-handelen slaat overleg en gesprek over en vraagt daarom een reden: zet acuteReason op een van de acute situaties (zie stappenplan/acute-reasons.ts)',
    ]);
  });

  it('rules out afweging 1 nee after a kindcheck that found concerns', () => {
    expect(lint('artsen/kindcheck-zorgen-geen-vermoeden.yaml')).toEqual([
      `content/casussen/artsen/kindcheck-zorgen-geen-vermoeden.yaml:109: node "a1" choice "goed": actie "afweging-1-nee" kan hier niet: de kindcheck vond zorgen over de kinderen, dus afweging 1 kan geen "nee" zijn: weeg de veiligheid van de kinderen mee in afweging 2${route(hulpStart)}`,
    ]);
  });

  it('answers afweging 5 only after help was started and followed', () => {
    expect(lint('artsen/afweging-5-zonder-volgen.yaml')).toEqual([
      `content/casussen/artsen/afweging-5-zonder-volgen.yaml:189: node "a5" choice "goed": actie "afweging-5-ja" kan hier niet: het stappenplan is bij hulp bieden of organiseren en de effecten volgen (na afweging 4 ja): afweging 5 kan pas als de hulp is gestart en de effecten zijn gevolgd; zet eerst een keuze met action: hulp-volgen op een eigen stap-5-moment${route(`${hulpStart}, a1→goed, a2→goed, a3→goed, a4→goed`)}`,
    ]);
  });

  it('lets only routes that agree with the expert at every afweging reach the maximum', () => {
    const wrongRoute = route(`${hulpStart}, a1→goed, a2→ja, melden→goed`);
    expect(lint('artsen/andere-route-even-veel.yaml')).toEqual([
      `content/casussen/artsen/andere-route-even-veel.yaml: een route die een afweging anders beantwoordt dan de expert haalt ook het maximum (20); geef de afwijkende keuze minder punten${wrongRoute}`,
    ]);
    expect(lint('artsen/andere-route-meer.yaml')).toEqual([
      `content/casussen/artsen/andere-route-meer.yaml: een route levert 21 punten op, meer dan de expertroute (20); de expertroute moet het meest opleveren${wrongRoute}`,
    ]);
  });

  it('takes a dangerous choice only with a category from the list, and never softens one', () => {
    const categories =
      'familie-of-verdachte-eerst, geheimhouding-beloven, wachten-bij-acuut-gevaar, niet-melden, wettelijke-route-omzeilen, afsluiten-zonder-afspraken, letsel-niet-laten-beoordelen';
    expect(lint('onderwijs/critical-verkeerd.yaml')).toEqual([
      `content/casussen/onderwijs/critical-verkeerd.yaml:29: node "signalen" choice "niets": critical: false is niet toegestaan: geef een categorie (${categories}), of laat het veld weg als de keuze niet gevaarlijk is. Waar de expert meldt of direct handelt, blijft elke andere keuze kritiek`,
      `content/casussen/onderwijs/critical-verkeerd.yaml:50: node "overleg" choice "vt": critical: "geheim-beloven" is niet toegestaan; bedoel je "geheimhouding-beloven"? (toegestaan: ${categories})`,
    ]);
  });

  it('refuses a dangerous-choice mark on the expert answer', () => {
    expect(lint('onderwijs/critical-op-expert.yaml')).toEqual([
      'content/casussen/onderwijs/critical-op-expert.yaml:21: node "signalen" choice "noteren": het expertantwoord kan geen gevaarlijke keuze zijn (critical: geheimhouding-beloven); haal critical weg, of zet het op een andere keuze',
    ]);
  });

  it('makes kinderopvang and onderwijs cases say who is suspected', () => {
    expect(lint('onderwijs/geen-verdachte.yaml')).toEqual([
      'content/casussen/onderwijs/geen-verdachte.yaml:5: in de kinderopvang en het onderwijs noemt een casus wie verdacht wordt: zet verdachte: huiselijke-kring, medewerker of houder bovenaan',
    ]);
  });

  it('sends a case with a suspected staff member along the statutory route', () => {
    expect(lint('onderwijs/medewerker-zonder-route.yaml')).toEqual([
      `content/casussen/onderwijs/medewerker-zonder-route.yaml: deze casus noemt een medewerker als verdachte, dus de expertroute neemt de wettelijke route (houder, vertrouwensinspecteur, aangifte) en niet de gewone stappen${route('signalen→noteren, overleg→collega, gesprek→ja, afweging-1→nee')}`,
    ]);
  });
});

describe('checking many files', () => {
  it('reports a YAML error in one file and still checks the others', () => {
    const { cases, issues } = loadContent(root, [
      'content/casussen/onderwijs/yaml-fout.yaml',
      'content/casussen/onderwijs/geldig.yaml',
    ]);
    expect(cases.map((c) => c.compiled.def.id)).toEqual(['geldig']);
    expect(issues).toHaveLength(1);
  });
});

describe('a case too tangled to check', () => {
  it('is rejected instead of checked for ever', () => {
    const { compiled } = loadContent(root, ['content/casussen/onderwijs/geldig.yaml']).cases[0];
    expect(checkCasePaths(compiled, 'geldig.yaml', 3).map(formatIssue)).toEqual([
      'geldig.yaml: meer dan 3 verschillende momenten; laat verkeerde keuzes terugkeren naar hun eigen node',
    ]);
    expect(checkCasePaths(compiled, 'geldig.yaml')).toEqual([]);
  });
});

describe('a broken module or lesson file', () => {
  it('gets Dutch messages with its line, like a case', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'meldcode-groep-'));
    mkdirSync(join(dir, 'content/beroepsgroepen'), { recursive: true });
    mkdirSync(join(dir, 'content/lessen/x'), { recursive: true });
    writeFileSync(
      join(dir, 'content/beroepsgroepen/x.yaml'),
      'id: x\nname: X\nsector: zorg\nafwegingskader: X\nprofessionals: [a]\ndescription: X.\norder: 1\n',
    );
    writeFileSync(join(dir, 'content/lessen/x/les.mdx'), '---\ntitle: Les\n---\nTekst.\n');
    expect(loadContent(dir).issues.map(formatIssue)).toEqual([
      'content/beroepsgroepen/x.yaml:3: sector: "zorg" is niet toegestaan (toegestaan: algemeen, gezondheidszorg, onderwijs, kinderopvang, maatschappelijke-ondersteuning, jeugdhulp, justitie)',
      'content/beroepsgroepen/x.yaml:1: het veld "goals" ontbreekt',
      'content/beroepsgroepen/x.yaml:1: het veld "sources" ontbreekt',
      'content/beroepsgroepen/x.yaml:1: het veld "passPercentage" ontbreekt',
      'content/lessen/x/les.mdx:2: het veld "summary" ontbreekt',
      'content/lessen/x/les.mdx:2: het veld "order" ontbreekt',
      'content/lessen/x/les.mdx:2: het veld "minutes" ontbreekt',
      'content/lessen/x/les.mdx:2: het veld "questions" ontbreekt',
    ]);
  });
});
