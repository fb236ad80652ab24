import type { PlayableCase } from '../../modules/case-run/playable-case.ts';

/**
 * What the browser needs to issue a module's certificate (makeCertificate): the module's lessons with
 * their reading time and question ids, and its cases as the player gets them (checked definition,
 * sector, pass mark, hash). Served per module at `/<beroepsgroep>/bewijs.json`, fetched on submit.
 */
export interface IssueData {
  id: string;
  name: string;
  lessons: { slug: string; title: string; minutes: number; questions: { id: string }[] }[];
  cases: PlayableCase[];
}

/** The issue data of one module from its content; throws when a case has no playable entry. */
export function issueData(
  group: { id: string; name: string },
  lessons: readonly {
    slug: string;
    entry: { data: { title: string; minutes: number; questions: { id: string }[] } };
  }[],
  cases: readonly { data: { id: string } }[],
  plays: ReadonlyMap<string, PlayableCase>,
): IssueData {
  return {
    id: group.id,
    name: group.name,
    lessons: lessons.map(({ slug, entry: { data } }) => ({
      slug,
      title: data.title,
      minutes: data.minutes,
      questions: data.questions.map(({ id }) => ({ id })),
    })),
    cases: cases.map(({ data }) => {
      const play = plays.get(data.id);
      if (!play) throw new Error(`case "${data.id}" has no playable entry`);
      return play;
    }),
  };
}
