import { packageHref, xmlEscape } from './xml.ts';

/** The cmi5 course-structure namespace (and the location of its XSD). */
export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export type MoveOn = 'NotApplicable' | 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed';

/** One assignable unit: a module, launched by its page in the package. */
export interface Cmi5Au {
  /** A globally unique IRI, stable across versions, e.g. `urn:meldcode:module:onderwijs`. */
  id: string;
  title: string;
  description: string;
  /** The launch page, relative to the package root (cmi5 section 14: relative to cmi5.xml). */
  url: string;
  moveOn: MoveOn;
  /** 0–1; leave out to let the AU's own rule decide passed or failed. */
  masteryScore?: number;
}

export interface Cmi5Course {
  id: string;
  title: string;
  description: string;
  aus: Cmi5Au[];
}

/** The IRIs this project uses: a URN per module, so they never depend on where the site is hosted. */
export const courseIri = (id: string) => `urn:meldcode:cursus:${id}`;
export const auIri = (moduleId: string) => `urn:meldcode:module:${moduleId}`;

const LANGUAGE = 'nl-NL';

/** cmi5.xml (cmi5 Quartz, section 13): the course, then one AU per module, in order; launchMethod AnyWindow. */
export function cmi5CourseStructure(course: Cmi5Course): string {
  const text = (name: string, value: string, indent: string) =>
    `${indent}<${name}><langstring lang="${LANGUAGE}">${xmlEscape(value)}</langstring></${name}>`;
  const aus = course.aus
    .map((au) => {
      const mastery = au.masteryScore === undefined ? '' : ` masteryScore="${au.masteryScore}"`;
      return `  <au id="${xmlEscape(au.id)}" moveOn="${au.moveOn}"${mastery} launchMethod="AnyWindow">
${text('title', au.title, '    ')}
${text('description', au.description, '    ')}
    <url>${xmlEscape(packageHref(au.url))}</url>
  </au>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="${CMI5_NAMESPACE}">
  <course id="${xmlEscape(course.id)}">
${text('title', course.title, '    ')}
${text('description', course.description, '    ')}
  </course>
${aus}
</courseStructure>
`;
}
