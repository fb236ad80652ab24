import type { APIRoute } from 'astro';
import { moduleData } from '../../lib/module-data.ts';
import { getContentIndex, getVerifyTables } from '../../lib/queries.ts';
import { splitStartModule } from '../../lib/start-module.ts';

/** Every module's progress data (lessons, question ids, verify tables), fetched by "Mijn voortgang" when needed. */
export const GET: APIRoute = async () => {
  const { groups, lessonsByGroup, casesByGroup } = await getContentIndex();
  const tables = await getVerifyTables();
  // In the home page's order: the basis module first, then the others.
  const { start, others } = splitStartModule(groups);
  const modules = [...start, ...others].map((group) =>
    moduleData(
      group.data,
      lessonsByGroup.get(group.data.id) ?? [],
      casesByGroup.get(group.data.id) ?? [],
      tables,
    ),
  );
  return new Response(JSON.stringify(modules), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
