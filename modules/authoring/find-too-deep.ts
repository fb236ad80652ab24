import { CST, Lexer } from 'yaml';

/**
 * How deep blocks and brackets may nest. A case needs about six levels (case → nodes → node → choices →
 * choice → field); the YAML composer runs out of stack somewhere past 700. Nesting is measured by a
 * linear scan of the tokens before the document is built, so `[[[[…` a hundred thousand deep is refused
 * as too deep, not reported as a syntax error or a stack overflow. Every indentation step, list dash and
 * open bracket counts as a level, and so does a list item's first value (`- x` is two).
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * The offset where nesting first exceeds MAX_NESTING_DEPTH, or undefined. Walks yaml's own lexer tokens
 * once, so scalars, quotes and comments are told apart from structure exactly as the parser will; block
 * nesting is a stack of indentation columns (a list at the same column as its parent key counts too),
 * flow nesting a bracket counter.
 */
export function findTooDeep(source: string): number | undefined {
  const blocks: { column: number; seq: boolean }[] = [];
  let flow = 0;
  let offset = 0;
  let lineStart = 0;
  let lineHasToken = false;
  let afterIndicator = false;
  let scalarNext = false;
  for (const token of new Lexer().lex(source)) {
    // Markers carry no source text.
    if (token === CST.DOCUMENT) continue;
    if (token === CST.FLOW_END) {
      flow = 0;
      continue;
    }
    if (token === CST.SCALAR) {
      scalarNext = true;
      continue;
    }
    const start = offset;
    offset += token.length;
    const type = scalarNext ? 'scalar' : CST.tokenType(token);
    scalarNext = false;
    if (type === 'newline') {
      lineStart = offset;
      lineHasToken = false;
      afterIndicator = false;
      continue;
    }
    if (type === 'space' || type === 'comment' || type === 'byte-order-mark') continue;
    if (type === 'doc-start' || type === 'doc-end') {
      blocks.length = 0;
      flow = 0;
      lineHasToken = true;
      afterIndicator = false;
      continue;
    }
    const startsNode = flow === 0 && (!lineHasToken || afterIndicator);
    const isFlowStart = type === 'flow-seq-start' || type === 'flow-map-start';
    if (startsNode) {
      const column = start - lineStart;
      const seq = type === 'seq-item-ind';
      let top = blocks.at(-1);
      while (top && (top.column > column || (top.column === column && top.seq && !seq))) {
        blocks.pop();
        top = blocks.at(-1);
      }
      // A flow collection is counted by `flow` below, not twice.
      if (!isFlowStart && (!top || top.column < column || (seq && !top.seq))) blocks.push({ column, seq });
    }
    if (isFlowStart) flow++;
    else if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1);
    if (blocks.length + flow > MAX_NESTING_DEPTH) return start;
    afterIndicator =
      type === 'seq-item-ind' || type === 'explicit-key-ind' || (type === 'map-value-ind' && !lineHasToken);
    const newline = token.lastIndexOf('\n');
    if (newline !== -1) {
      // A multi-line scalar: the next token sits on its last line.
      lineStart = start + newline + 1;
      lineHasToken = newline !== token.length - 1;
    } else {
      lineHasToken = true;
    }
  }
  return undefined;
}
