import { CaseError, formatIssue } from '../case/case-issue.ts';
import { caseSchema } from '../case/case.schema.ts';
import { compileCase, type CompiledCase } from '../case/compile-case.ts';
import type { ArchivedVersion } from './case-archive.ts';

/**
 * Compiles one archived version with the sector and pass mark it was published with, or says what
 * today's schema or structure checks refuse in it (one line per problem). Browser and Node; never
 * throws. Both the certificate check and `npm run lint:content` use it, so a schema change that would
 * strand an archived version is caught by the lint before any learner needs that version.
 */
export function compileArchivedVersion(
  caseId: string,
  entry: ArchivedVersion,
): { ok: true; compiled: CompiledCase } | { ok: false; problems: string[] } {
  const parsed = caseSchema.safeParse(entry.case);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  try {
    const compiled = compileCase(parsed.data, {
      sector: entry.sector,
      // The effective pass mark was archived; a case's own passPercentage, if any, is the same number.
      passPercentage: entry.passPercentage,
      file: `content/archief/${caseId}.json`,
    });
    return { ok: true, compiled };
  } catch (error) {
    if (error instanceof CaseError) return { ok: false, problems: error.issues.map(formatIssue) };
    return { ok: false, problems: [String(error)] };
  }
}
