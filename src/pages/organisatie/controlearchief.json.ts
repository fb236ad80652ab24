import type { APIRoute } from 'astro';
import { loadVerifyContext } from '../../../modules/authoring/module-archive-files.ts';
import { verifyContextJson, verifyTables } from '../../../modules/certificate/verify-context.ts';

/**
 * The archives the organisation page's workers verify with: a verify table per archived case version
 * (from content/archief, each hash-checked and compiled here) and every module edition. A damaged
 * archive fails the build rather than the check of a certificate.
 */
export const GET: APIRoute = async () => {
  const { context, issues } = loadVerifyContext(process.cwd());
  const { tables, problems } = await verifyTables(context.cases ?? []);
  const broken = [...issues.map((issue) => `${issue.file}: ${issue.message}`), ...problems];
  if (broken.length > 0) throw new Error(`content/archief: ${broken.join('; ')}`);
  return new Response(verifyContextJson({ tables, modules: [...context.modules] }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
