/**
 * The case player's notices about stored progress: an attempt resumed, or why not, and a browser that
 * stores nothing. Part of `ui` (ui.ts spreads them in); the code that reads what is stored
 * (src/islands/case-progress.ts) brings them, as only that code finds cause to show one, so the case
 * page does not carry them.
 */
export const playerStartStrings = {
  'player.resumed': 'Je gaat verder waar je was gebleven.',
  'player.changed':
    'Deze casus is veranderd sinds je laatste poging. Daarom begin je opnieuw. Je eerdere poging blijft bewaard.',
  'player.unfit':
    'Je vorige poging past niet meer bij deze casus. Daarom begin je opnieuw. Je eerdere poging blijft bewaard.',
  'player.noStorage':
    'Je browser laat deze site niets bewaren. Je kunt de casus spelen, maar je poging blijft niet bewaard.',
};
