import type { APIRoute, GetStaticPaths } from 'astro';
import { issueData } from '../../lib/issue-data.ts';
import { getCasePlays, getContentIndex } from '../../lib/queries.ts';

/** Per module what issuing a certificate needs (src/lib/issue-data.ts), fetched by the module page on submit. */
export const getStaticPaths = (async () => {
  const [{ groups, lessonsByGroup, casesByGroup }, plays] = await Promise.all([
    getContentIndex(),
    getCasePlays(),
  ]);
  return groups.map((group) => ({
    params: { beroepsgroep: group.data.id },
    props: {
      data: issueData(
        group.data,
        lessonsByGroup.get(group.data.id) ?? [],
        casesByGroup.get(group.data.id) ?? [],
        plays,
      ),
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
