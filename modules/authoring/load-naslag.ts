import { globSync } from 'node:fs';
import { basename } from 'node:path';
import type { Beroepsgroep } from '../beroepsgroep/beroepsgroep.schema.ts';
import type { CaseIssue } from '../case/case-issue.ts';
import { collegaRouteInSector } from '../naslag/naslag-contacts.ts';
import { naslagSchema, type Naslag } from '../naslag/naslag.schema.ts';
import { describeIssue } from './describe-issue.ts';
import { parseYaml } from './parse-yaml.ts';
import { readSource } from './read-source.ts';
import { join } from 'node:path';

/**
 * Reads `content/naslag/<beroepsgroep>.yaml` for every beroepsgroep, in the groups' order. A missing
 * file, a file for no beroepsgroep, a broken field, or the route for a colleague where it does not
 * apply (or missing where it does) is an issue, in Dutch, with the file and line.
 */
export function loadNaslag(
  root: string,
  beroepsgroepen: readonly Beroepsgroep[],
): { naslag: Naslag[]; issues: CaseIssue[] } {
  const found = new Map<string, Naslag>();
  const issues: CaseIssue[] = [];
  const files = globSync('content/naslag/*.yaml', { cwd: root }).sort();
  for (const file of files) {
    const id = basename(file, '.yaml');
    const group = beroepsgroepen.find((g) => g.id === id);
    if (!group) {
      issues.push({
        file,
        message: `"${id}" is geen beroepsgroep uit content/beroepsgroepen/; hernoem het bestand`,
      });
      continue;
    }
    const read = readSource(join(root, file));
    if (!read.ok) {
      issues.push({ file, message: read.message });
      continue;
    }
    const parsed = parseYaml(read.text, { expected: 'een naslag met velden zoals stappen en afwegingen' });
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((problem) => ({ file, ...problem })));
      continue;
    }
    const result = naslagSchema.safeParse(parsed.data);
    if (!result.success) {
      for (const problem of result.error.issues)
        issues.push({
          file,
          line: parsed.lineOf(problem.path as string[]),
          message: `${problem.path.join('.')}: ${describeIssue(problem, () => [], false)}`,
        });
      continue;
    }
    const naslag = result.data;
    const line = parsed.lineOf(['routes']);
    if (naslag.beroepsgroep !== id) {
      issues.push({
        file,
        line: parsed.lineOf(['beroepsgroep']),
        message: `beroepsgroep "${naslag.beroepsgroep}" moet gelijk zijn aan de bestandsnaam "${id}"`,
      });
    } else if (collegaRouteInSector(group.sector) && !naslag.routes.collega) {
      issues.push({
        file,
        line,
        message: `routes.collega ontbreekt: in de sector ${group.sector} geldt de wettelijke route bij een vermoeden tegen een collega`,
      });
    } else if (!collegaRouteInSector(group.sector) && naslag.routes.collega) {
      issues.push({
        file,
        line,
        message: `routes.collega hoort hier niet: de wettelijke route bij een vermoeden tegen een collega geldt niet in de sector ${group.sector}`,
      });
    } else {
      found.set(id, naslag);
    }
  }
  for (const group of beroepsgroepen) {
    if (!found.has(group.id) && !files.some((file) => basename(file, '.yaml') === group.id))
      issues.push({
        file: `content/naslag/${group.id}.yaml`,
        message: `de naslag van ${group.name} ontbreekt; maak dit bestand (zie modules/naslag/naslag.schema.ts)`,
      });
  }
  return { naslag: beroepsgroepen.flatMap((group) => found.get(group.id) ?? []), issues };
}
