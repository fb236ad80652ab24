import type { Segment } from '../../modules/search/highlight.ts';

/** Text with the matched words in `<mark>`; every piece is a text node, never parsed as HTML. */
export function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment) => (segment.mark ? <mark>{segment.text}</mark> : segment.text))}</>;
}
