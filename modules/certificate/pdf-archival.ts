/**
 * What makes the certificate PDF a PDF/A-3b file (ISO 19005-3, level B: the archival standard that
 * allows an attached file), added after the content is drawn (certificate-pdf.ts):
 * - XMP metadata (uncompressed, UTF-8) that says pdfaid:part 3 and pdfaid:conformance B and repeats the
 *   document information (title, author, subject, keywords, creator, producer, dates), as PDF/A asks;
 * - an output intent (GTS_PDFA1) with an sRGB ICC profile (srgb-profile.ts), for the RGB colours;
 * - a file identifier (/ID) in the trailer, made from the certificate's integrity hash.
 * The rest is the caller's: every font embedded (no standard-14 font: the caller claims PDF/A only
 * when Noto Sans is embedded for all text), the attachment as an associated file (/AF on the catalog,
 * /AFRelationship /Data: pdf-lib's attach does both), no encryption, no JavaScript.
 */
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { srgbProfile } from './srgb-profile.ts';

/** The document information the XMP metadata repeats: set on the document before. */
export interface ArchivalInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  producer: string;
  date: Date;
  language: string;
  /** 32 hexadecimal digits, the same for the same certificate: the file identifier. */
  id: string;
}

/** XML text with &, < and > (and quotes) escaped. */
const xml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** An XMP date: the PDF's date to the second (PDF dates have no milliseconds), in UTC. */
const xmpDate = (date: Date) => date.toISOString().replace(/\.\d+Z$/, 'Z');

/** The XMP packet for a PDF/A-3b certificate. */
export function xmpMetadata(info: ArchivalInfo): string {
  const date = xmpDate(info.date);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>3</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${xml(info.language)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>${xml(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>${xml(info.producer)}</pdf:Producer>
<pdf:Keywords>${xml(info.keywords.join(' '))}</pdf:Keywords>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Sets the document information and, when `archival`, adds what PDF/A-3b asks of the file (XMP
 * metadata, the sRGB output intent, the file identifier). Without it the PDF is an ordinary PDF.
 */
export function describeDocument(doc: PDFDocument, info: ArchivalInfo, archival: boolean): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setLanguage(info.language);
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  if (!archival) return;
  const { context, catalog } = doc;
  const metadata = context.stream(new TextEncoder().encode(xmpMetadata(info)), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  const profile = context.register(context.flateStream(srgbProfile(), { N: 3 }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: profile,
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
  context.trailerInfo.ID = context.obj([PDFHexString.of(info.id), PDFHexString.of(info.id)]);
}
