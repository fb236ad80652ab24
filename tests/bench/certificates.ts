import { loadContent, type LoadedContent } from '../../modules/authoring/load-content.ts';
import { loadVerifyContext, moduleContents } from '../../modules/authoring/module-archive-files.ts';
import { makeCertificatePdf } from '../../modules/certificate/certificate-pdf.ts';
import { certificateJson } from '../../modules/certificate/certificate-record.ts';
import { makeCertificate } from '../../modules/certificate/make-certificate.ts';
import { moduleEdition } from '../../modules/certificate/module-edition.ts';
import type { CourseModule } from '../../modules/course/course-module.ts';
import { MODULE_ARCHIVE_KIND, MODULE_ARCHIVE_VERSION } from '../../modules/certificate/module-archive.ts';
import type { Scorer } from '../../modules/certificate/case-lookup.ts';
import { createVerifier, type VerifyContext } from '../../modules/certificate/verify-certificate.ts';
import type { CertificateSource } from '../../modules/certificate/read-certificate-file.ts';
import type { CompiledCase } from '../../modules/case/compile-case.ts';
import type { LogStep } from '../../modules/case/expert-path.ts';
import { decodeLog } from '../../modules/scoring/log-codec.ts';
import { loadArchivedCase } from '../../modules/scoring/load-archived-case.ts';
import { scoreAttempt } from '../../modules/scoring/score-attempt.ts';
import { completeProgress, ISSUED } from '../fixtures/certificates/sample-progress.ts';
import { median, type BenchRow, type BenchSection } from './bench-section.ts';

// Certificate verification in Node: how many a verifier checks per second for a module of six cases
// (the cases of the first two modules together; no real module has six yet), from JSON and from PDF,
// with every log replayed on the case machine (before) and scored with the verify tables (after, what
// `npm run verify` and the organisation page do), and what share replay takes.

/** A six-case module: the lessons of the first module and the cases of the first two. */
export function sixCaseModule(content: LoadedContent): CourseModule {
  const modules = moduleContents(content).filter((m) => m.cases.length > 0);
  const [first, second] = modules;
  if (!first || !second) throw new Error('need two modules with cases');
  const cases = [...first.cases, ...second.cases].slice(0, 6);
  if (cases.length < 6) throw new Error('need six cases');
  return { ...first, id: 'zes-casussen', name: 'Zes casussen', cases };
}

/** A verify context with the real case archives and an archive holding only `module`'s edition. */
export async function contextFor(root: string, module: CourseModule): Promise<VerifyContext> {
  const { context } = loadVerifyContext(root);
  const { id: _id, ...edition } = await moduleEdition(module);
  return {
    cases: context.cases,
    modules: [
      {
        kind: MODULE_ARCHIVE_KIND,
        version: MODULE_ARCHIVE_VERSION,
        moduleId: module.id,
        editions: [{ ...edition, name: module.name, archivedOn: '2026-12-02' }],
      },
    ],
  };
}

/** `count` certificates of `module` (expert routes, a seed of their own), as JSON and as PDF bytes. */
export async function benchCertificates(module: CourseModule, count: number) {
  const json: string[] = [];
  const pdf: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const progress = completeProgress(module);
    progress.attempts.forEach((attempt, j) => (attempt.seed = (i * 7 + j) >>> 0));
    const made = await makeCertificate({
      progress,
      module,
      learner: { name: `Deelnemer ${i + 1}` },
      now: ISSUED,
    });
    if (!made.ok) throw new Error(made.message);
    json.push(certificateJson(made.record));
    pdf.push(await makeCertificatePdf(made.record, made.summary));
  }
  return { json, pdf };
}

/** Verifications per second over `sources` (median of `rounds` rounds of at least `ms` each); all must be valid. */
export async function verificationsPerSecond(
  context: VerifyContext,
  sources: readonly CertificateSource[],
  { scorer, rounds, ms }: { scorer: Scorer; rounds: number; ms: number },
): Promise<number> {
  const rates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const verifier = createVerifier(context, { scorer });
    for (const source of sources.slice(0, 3)) await verifier.verify(source); // archives loaded, JIT warm
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      const verdict = await verifier.verify(sources[count % sources.length]!);
      if (verdict.status !== 'geldig') throw new Error(verdict.reason);
      count++;
    }
    rates.push(count / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

/** Milliseconds to replay and score the six logs of one certificate (median). */
export async function replayMs(context: VerifyContext, json: string, rounds: number): Promise<number> {
  const record = JSON.parse(json) as {
    cases: { caseId: string; caseVersion: number; caseHash: string; log: string }[];
  };
  const cases: { compiled: CompiledCase; events: LogStep[] }[] = [];
  for (const c of record.cases) {
    const loaded = await loadArchivedCase(context.cases ?? [], c.caseId, c.caseVersion, c.caseHash);
    const log = loaded.ok && decodeLog(loaded.compiled.def, c.log);
    if (!loaded.ok || !log || !log.ok) throw new Error(`cannot replay ${c.caseId}`);
    cases.push({ compiled: loaded.compiled, events: log.value.events });
  }
  const once = () => cases.forEach(({ compiled, events }) => scoreAttempt(compiled, events));
  for (let i = 0; i < 5; i++) once();
  return median(
    Array.from({ length: rounds }, () => {
      const start = performance.now();
      for (let i = 0; i < 10; i++) once();
      return (performance.now() - start) / 10;
    }),
  );
}

/** The rows of the section: per input and scorer, verifications per second and the time for 1,000. */
export async function certificateRows(
  root: string,
  { count = 20, rounds = 5, ms = 400 } = {},
): Promise<BenchRow[]> {
  const module = sixCaseModule(loadContent(root));
  const context = await contextFor(root, module);
  const { json, pdf } = await benchCertificates(module, count);
  const replay = await replayMs(context, json[0]!, rounds);
  const rows: BenchRow[] = [];
  for (const [input, sources] of [
    ['JSON', json],
    ['PDF', pdf],
  ] as const)
    for (const scorer of ['machine', 'table'] as const) {
      const rate = await verificationsPerSecond(context, sources, { scorer, rounds, ms });
      rows.push({
        input,
        scoring: scorer === 'machine' ? 'replay on the case machine (before)' : 'verify table (after)',
        'verifications/s (median)': Math.round(rate),
        'ms each': Number((1000 / rate).toFixed(2)),
        '1,000 certificates (s)': Number((1000 / rate).toFixed(1)),
        'replay share':
          scorer === 'table' ? '' : `${Math.min(100, Math.round((100 * replay * rate) / 1000))}%`,
      });
    }
  return rows;
}

export const certificateVerification: BenchSection = {
  name: 'certificate verification (Node, six-case module, one verifier, one core)',
  run: ({ root }) => certificateRows(root),
};
