/**
 * A small, strict XML reader for the manifests this project writes (no DTDs, no CDATA): it checks
 * that the text is well-formed (one root, every element closed in order, attributes quoted and not
 * repeated, only the five predefined entities or character references) and gives the element tree.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`not well-formed at ${at}: ${what}`);
  };
  const decode = (text: string) => {
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) fail('a bare &');
    return text.replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
    );
  };
  if (xml.startsWith('<?xml')) at = xml.indexOf('?>') + 2;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const name = /^[A-Za-z_][\w.:-]*/;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (text.trim() !== '') {
      if (stack.length === 0) fail('text outside the root');
      stack.at(-1)!.text += decode(text);
    }
    if (lt < 0) break;
    at = lt;
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at);
      if (end < 0) fail('an open comment');
      at = end + 3;
      continue;
    }
    if (xml.startsWith('</', at)) {
      const end = xml.indexOf('>', at);
      const closing = xml.slice(at + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== closing) fail(`</${closing}> closes <${open?.name}>`);
      at = end + 1;
      continue;
    }
    const tagName = name.exec(xml.slice(at + 1))?.[0] ?? fail('a tag without a name');
    at += 1 + tagName.length;
    const element: XmlElement = { name: tagName, attributes: {}, children: [], text: '' };
    for (;;) {
      const rest = xml.slice(at);
      const space = /^\s*/.exec(rest)![0].length;
      at += space;
      if (xml.startsWith('/>', at) || xml.startsWith('>', at)) break;
      if (space === 0) fail('attributes without space');
      const attribute =
        /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(at)) ??
        fail('an unquoted attribute');
      if (attribute[1] in element.attributes) fail(`attribute ${attribute[1]} twice`);
      element.attributes[attribute[1]] = decode(attribute[3] ?? attribute[4]);
      at += attribute[0].length;
    }
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else if (root) fail('a second root');
    else root = element;
    if (xml.startsWith('/>', at)) at += 2;
    else {
      at += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) fail(`<${stack.at(-1)!.name}> is not closed`);
  return root ?? fail('no root element');
}

/** Every element under `element` (itself included) with this name, in document order. */
export function all(element: XmlElement, name: string): XmlElement[] {
  return [
    ...(element.name === name ? [element] : []),
    ...element.children.flatMap((child) => all(child, name)),
  ];
}
