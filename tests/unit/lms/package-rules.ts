import { CMI5_NAMESPACE } from '../../../modules/lms/cmi5-course.ts';
import { all, type XmlElement } from './xml-check.ts';

// The packaging rules, written out as checks that return what a package breaks (empty when nothing):
// used on small packages in manifests.test.ts and on every built package in tests/e2e/lms/.

/** SCORM 1.2 packaging rules (IMS CP 1.1.2 + ADL SCORM 1.2 CAM), checked on a manifest and its files. */
export function scormProblems(manifest: XmlElement, files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  if (manifest.name !== 'manifest') problems.push('the root is <manifest>');
  if (manifest.attributes.xmlns !== 'http://www.imsproject.org/xsd/imscp_rootv1p1p2')
    problems.push('IMS CP 1.1.2 namespace');
  if (manifest.attributes['xmlns:adlcp'] !== 'http://www.adlnet.org/xsd/adlcp_rootv1p2')
    problems.push('ADL CP namespace');
  const metadata = all(manifest, 'metadata')[0];
  if (all(metadata, 'schema')[0]?.text !== 'ADL SCORM' || all(metadata, 'schemaversion')[0]?.text !== '1.2')
    problems.push('metadata says ADL SCORM 1.2');
  const organizations = all(manifest, 'organizations');
  const organization = all(manifest, 'organization');
  if (organizations.length !== 1 || organization.length !== 1) problems.push('exactly one organisation');
  if (organizations[0]?.attributes.default !== organization[0]?.attributes.identifier)
    problems.push('the default organisation exists');
  const ids = [
    ...all(manifest, 'manifest'),
    ...organization,
    ...all(manifest, 'item'),
    ...all(manifest, 'resource'),
  ].map((e) => e.attributes.identifier);
  if (new Set(ids).size !== ids.length) problems.push('identifiers are unique');
  if (ids.some((id) => !/^[A-Za-z_][\w.-]*$/.test(id ?? ''))) problems.push('identifiers are XML IDs');
  const resources = new Map(all(manifest, 'resource').map((r) => [r.attributes.identifier, r]));
  const items = all(manifest, 'item');
  if (items.length === 0) problems.push('at least one item');
  for (const item of items) {
    const resource = resources.get(item.attributes.identifierref);
    if (!resource) problems.push(`item ${item.attributes.identifier} references a resource`);
    else if (resource.attributes['adlcp:scormtype'] !== 'sco' || !resource.attributes.href)
      problems.push(`item ${item.attributes.identifier} launches a SCO with an href`);
    if (!all(item, 'title')[0]?.text) problems.push('every item has a title');
  }
  for (const dependency of all(manifest, 'dependency'))
    if (!resources.has(dependency.attributes.identifierref))
      problems.push('dependencies reference resources');
  for (const resource of resources.values())
    if (
      resource.attributes.type !== 'webcontent' ||
      !['sco', 'asset'].includes(resource.attributes['adlcp:scormtype'])
    )
      problems.push('resources are webcontent, sco or asset');
  const listed = new Set(all(manifest, 'file').map((f) => decodeURIComponent(f.attributes.href)));
  for (const path of files.keys())
    if (path !== 'imsmanifest.xml' && !listed.has(path)) problems.push(`${path} is listed`);
  for (const path of listed) if (!files.has(path)) problems.push(`${path} is in the package`);
  for (const resource of resources.values())
    if (resource.attributes.href && !files.has(decodeURIComponent(resource.attributes.href)))
      problems.push('a SCO launches a file of the package');
  return problems;
}

/** The cmi5 course-structure rules (cmi5 section 13 and its CourseStructure.xsd), written out. */
export function cmi5Problems(course: XmlElement, files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const iri = /^[a-z][a-z0-9+.-]*:\S+$/i;
  if (course.name !== 'courseStructure' || course.attributes.xmlns !== CMI5_NAMESPACE)
    problems.push('root courseStructure in the cmi5 namespace');
  const [head, ...rest] = course.children;
  if (head?.name !== 'course') problems.push('<course> comes first');
  if (!iri.test(head?.attributes.id ?? '')) problems.push('course id is an IRI');
  const langstrings = (e: XmlElement | undefined, name: string) => {
    const found = e?.children.find((c) => c.name === name);
    return (
      found?.children.length &&
      found.children.every((l) => l.name === 'langstring' && l.attributes.lang && l.text.trim())
    );
  };
  if (head?.children[0]?.name !== 'title' || head?.children[1]?.name !== 'description')
    problems.push('course: title, then description');
  if (!langstrings(head, 'title') || !langstrings(head, 'description'))
    problems.push('course title and description are langstrings');
  const aus = rest.filter((e) => e.name === 'au');
  if (aus.length === 0 || rest.some((e) => !['au', 'block', 'objectives'].includes(e.name)))
    problems.push('one or more au or block');
  const ids = [head?.attributes.id, ...aus.map((au) => au.attributes.id)];
  if (new Set(ids).size !== ids.length) problems.push('ids are unique');
  for (const au of aus) {
    const order = au.children
      .map((c) => c.name)
      .filter((n) =>
        ['title', 'description', 'objectives', 'url', 'launchParameters', 'entitlementKey'].includes(n),
      );
    if (order[0] !== 'title' || order[1] !== 'description' || !order.includes('url'))
      problems.push('au: title, description, …, url');
    if (!langstrings(au, 'title') || !langstrings(au, 'description'))
      problems.push('au title and description are langstrings');
    if (!iri.test(au.attributes.id ?? '')) problems.push('au id is an IRI');
    if (
      !['NotApplicable', 'Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed'].includes(
        au.attributes.moveOn ?? 'NotApplicable',
      )
    )
      problems.push('moveOn from the vocabulary');
    const mastery = au.attributes.masteryScore;
    if (mastery !== undefined && !(/^\d(\.\d{1,4})?$/.test(mastery) && Number(mastery) <= 1))
      problems.push('masteryScore a decimal 0–1');
    if (!['AnyWindow', 'OwnWindow', undefined].includes(au.attributes.launchMethod))
      problems.push('launchMethod AnyWindow or OwnWindow');
    const url = au.children.find((c) => c.name === 'url')?.text ?? '';
    if (url === '' || (!iri.test(url) && !files.has(decodeURIComponent(url))))
      problems.push('the au url is a file of the package');
  }
  return problems;
}
