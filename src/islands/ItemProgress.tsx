import { useItemTexts } from './item-status-store.ts';

/**
 * The learner's status beside one lesson or case of a module page, as text (never colour alone).
 * At build time, and without JavaScript, it is one empty line, so nothing moves when the text comes.
 */
export default function ItemProgress({ item }: { item: string }) {
  const lines = useItemTexts(item);
  return (
    <div class="item-progress">
      {(lines ?? ['\u00a0']).map((line) => (
        <p>{line}</p>
      ))}
    </div>
  );
}
