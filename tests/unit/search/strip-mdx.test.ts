import { describe, expect, it } from 'vitest';
import { stripMdx } from '../../../modules/search/strip-mdx.ts';

describe('stripMdx', () => {
  it('drops the frontmatter and keeps the text', () => {
    expect(stripMdx('---\ntitle: Signalen\nsummary: Kort.\n---\n\nJe kijkt goed.\n')).toBe('Je kijkt goed.');
  });

  it('keeps the words of headings, emphasis, links and inline code without their syntax', () => {
    const mdx = '## Wat is **meldrecht**?\n\nLees *de* [wet](https://wetten.overheid.nl) en `artikel 7`.';
    expect(stripMdx(mdx)).toBe('Wat is meldrecht?\nLees de wet en artikel 7.');
  });

  it('puts every list item and paragraph on a line of its own, and joins wrapped lines', () => {
    const mdx =
      'Let op:\n\n- blauwe plekken\n  op de armen;\n- honger.\n1. Eerst dit.\n\nEen nieuwe\nalinea.';
    expect(stripMdx(mdx)).toBe(
      'Let op:\nblauwe plekken op de armen;\nhonger.\nEerst dit.\nEen nieuwe alinea.',
    );
  });

  it('drops imports, exports, comments, expressions and code blocks, and keeps the text inside JSX', () => {
    const mdx = [
      "import Tip from '../Tip.astro';",
      'export const meta = { a: 1 };',
      '',
      '<!-- niet voor de lezer -->',
      '{/* ook niet */}',
      '<Tip kind="let-op">Bel bij acuut gevaar **112**.</Tip>',
      '',
      'Het nummer is {props.nummer}.',
      '',
      '```js',
      'const geheim = 1;',
      '```',
    ].join('\n');
    expect(stripMdx(mdx)).toBe('Bel bij acuut gevaar 112.\nHet nummer is.');
  });

  it('reads a table as its cell text', () => {
    expect(stripMdx('| Stap | Wat |\n| --- | --- |\n| 1 | Signalen |')).toBe('Stap Wat 1 Signalen');
  });

  it('keeps an underscore inside a word, and an asterisk that is not emphasis', () => {
    expect(stripMdx('Het bestand heet meld_code_2019 en 5 * 3 is 15.')).toBe(
      'Het bestand heet meld_code_2019 en 5 * 3 is 15.',
    );
  });

  it('never throws on broken markup', () => {
    expect(stripMdx('**niet gesloten <Tip [link](')).toBe('**niet gesloten <Tip [link](');
  });

  it('keeps a word marked as English whole, without spaces inside its quotes or bold', () => {
    expect(
      stripMdx(
        'Het heet **<span lang="en">Abusive Head Trauma (AHT)</span>**, of "<span lang="en">shaken baby</span>".',
      ),
    ).toBe('Het heet Abusive Head Trauma (AHT), of "shaken baby".');
  });
});
