/** Whether the chosen options are exactly the right ones: all of them, and no other. */
export function isRightAnswer(right: readonly string[], chosen: readonly string[]): boolean {
  const picked = new Set(chosen);
  return picked.size === right.length && right.every((id) => picked.has(id));
}
