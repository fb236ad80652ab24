import { packageHref, xmlEscape } from './xml.ts';

/** One SCO in a SCORM 1.2 package: an item of the organisation and the resource it launches. */
export interface ScormSco {
  /** A stable id, e.g. the module id; the manifest's identifiers are made from it. */
  id: string;
  title: string;
  /** The launch page, relative to the package root, e.g. `lms/onderwijs/index.html`. */
  launch: string;
}

export interface ScormPackage {
  /** Identifies the package (`manifest identifier`), e.g. `meldcode-onderwijs`. */
  id: string;
  /** The content version, e.g. the site's version or a date. */
  version: string;
  title: string;
  scos: ScormSco[];
  /** Every file in the package (paths relative to its root, `/` separated), besides imsmanifest.xml. */
  files: string[];
}

/**
 * imsmanifest.xml for SCORM 1.2 (IMS Content Packaging 1.1.2 with the ADL SCORM 1.2 extensions): one
 * organisation, one item per SCO, each referencing a resource of scormtype `sco` whose `href` is its
 * launch page; the SCOs share every file, so each resource depends on one asset resource listing all
 * files. No masteryscore: the SCO decides passed or failed itself (its rule also weighs critical misses).
 */
export function scormManifest(pkg: ScormPackage): string {
  const id = (suffix: string) => xmlId(`${pkg.id}-${suffix}`);
  const items = pkg.scos
    .map(
      (
        sco,
      ) => `      <item identifier="${id(`item-${sco.id}`)}" identifierref="${id(`sco-${sco.id}`)}" isvisible="true">
        <title>${xmlEscape(sco.title)}</title>
      </item>`,
    )
    .join('\n');
  const resources = pkg.scos
    .map(
      (
        sco,
      ) => `    <resource identifier="${id(`sco-${sco.id}`)}" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(packageHref(sco.launch))}">
      <file href="${xmlEscape(packageHref(sco.launch))}"/>
      <dependency identifierref="${id('bestanden')}"/>
    </resource>`,
    )
    .join('\n');
  const files = [...pkg.files]
    .sort()
    .map((file) => `      <file href="${xmlEscape(packageHref(file))}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id('pakket')}" version="${xmlEscape(pkg.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id('organisatie')}">
    <organization identifier="${id('organisatie')}">
      <title>${xmlEscape(pkg.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="${id('bestanden')}" type="webcontent" adlcp:scormtype="asset">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** An XML ID (xs:ID, as the IMS schema types identifiers): letters, digits, `-`, `_`, `.`, not starting with a digit. */
export function xmlId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}
