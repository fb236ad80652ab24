/**
 * The readable text of an MDX lesson: what a learner sees on the page, without frontmatter, imports,
 * JSX tags, expressions or markdown syntax. Paragraphs and list items become lines, so a snippet never
 * glues the end of one sentence to the start of the next. It is a text filter, not an MDX parser: it
 * serves search, where a stray character costs nothing, and it never throws.
 */
export function stripMdx(source: string): string {
  const text = source
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---(\n|$)/, '')
    // Code is not prose a learner searches for; fenced blocks go whole, inline code keeps its text.
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/^(import|export)\s[^\n]*$/gm, '')
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '')
    // Inline HTML tags (a <span lang="en"> round an English term) go without a trace, so the word
    // keeps its quotes and bold; other JSX and HTML tags go too, the text between them stays.
    .replace(/<\/?(span|abbr|em|strong|b|i|q|small|sub|sup)(\s[^<>]*)?>/g, '')
    .replace(/<\/?[A-Za-z][\w.:-]*(\s[^<>]*)?\/?>/g, ' ')
    .replace(/\{[^{}\n]*\}/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*([-*_]\s*){3,}$/gm, '')
    // A heading or list item starts a line of its own; the blank line in front keeps it apart below.
    .replace(/^\s{0,3}#{1,6}\s+/gm, '\n')
    .replace(/^\s*([-*+]|\d+[.)])\s+/gm, '\n')
    .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, '')
    .replace(/\s*\|\s*/g, ' ')
    // Emphasis: asterisks may sit inside a word (markdown allows it), underscores only around one.
    .replace(/(\*{1,3})(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])(_{1,3})(?=\S)([\s\S]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
  return (
    text
      .split(/\n\s*\n/)
      // Removed tags and expressions leave spaces behind; collapse them, also before punctuation.
      .map((block) =>
        block
          .replace(/\s+/g, ' ')
          .replace(/ ([.,;:!?])/g, '$1')
          .trim(),
      )
      .filter(Boolean)
      .join('\n')
  );
}
