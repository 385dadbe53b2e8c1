import { describe, expect, it } from 'vitest';
import readme from '../../../../README.md?raw';
import { parseInline, parseMarkdown, slug, type Block } from './markdown.js';

const text = (t: string) => ({ kind: 'text', text: t }) as const;

describe('the Help page’s markdown', () => {
  it('reads headings (with GitHub’s anchors), paragraphs joined over lines, lists and fenced code', () => {
    const blocks = parseMarkdown(
      [
        '# IIP Explorer',
        '',
        'An offline app',
        'for the IIP.',
        '',
        '## Set up & test',
        '- one',
        '  continued',
        '- two',
        '  - nested',
        '',
        '1. first',
        '2. second',
        '```sh',
        'npm start   # <b>not bold</b>',
        '',
        '# not a heading',
        '```',
        '## Set up & test',
      ].join('\n'),
    );
    expect(blocks).toEqual<Block[]>([
      { kind: 'heading', level: 1, id: 'iip-explorer', children: [text('IIP Explorer')] },
      { kind: 'paragraph', children: [text('An offline app for the IIP.')] },
      { kind: 'heading', level: 2, id: 'set-up--test', children: [text('Set up & test')] },
      { kind: 'list', ordered: false, items: [[text('one continued')], [text('two')], [text('nested')]] },
      { kind: 'list', ordered: true, items: [[text('first')], [text('second')]] },
      { kind: 'code', language: 'sh', text: 'npm start   # <b>not bold</b>\n\n# not a heading' },
      { kind: 'heading', level: 2, id: 'set-up--test-1', children: [text('Set up & test')] },
    ]);
  });

  it('reads tables, with a bar escaped inside a cell', () => {
    expect(parseMarkdown('| Format | Ext |\n|---|:--:|\n| PC-Axis | `.px` |\n| a \\| b | c |\nafter')).toEqual<Block[]>([
      {
        kind: 'table',
        head: [[text('Format')], [text('Ext')]],
        rows: [
          [[text('PC-Axis')], [{ kind: 'code', text: '.px' }]],
          [[text('a | b')], [text('c')]],
        ],
      },
      { kind: 'paragraph', children: [text('after')] },
    ]);
  });

  it('reads inline code, bold, italics and links, keeping only web and in-page targets', () => {
    expect(
      parseInline('**IIP** is `a*b*c` and *very* [GSO](https://www.gso.gov.vn/) [doc](docs/analysis.md) [x](javascript:alert(1)) [top](#iip-explorer)'),
    ).toEqual([
      { kind: 'strong', children: [text('IIP')] },
      text(' is '),
      { kind: 'code', text: 'a*b*c' },
      text(' and '),
      { kind: 'em', children: [text('very')] },
      text(' '),
      { kind: 'link', href: 'https://www.gso.gov.vn/', children: [text('GSO')] },
      text(' '),
      { kind: 'link', href: null, children: [text('doc')] },
      text(' '),
      { kind: 'link', href: null, children: [text('x')] },
      // the target ends at its first ')': what follows is text
      text(') '),
      { kind: 'link', href: '#iip-explorer', children: [text('top')] },
    ]);
    // a lone star, a multiplication and HTML stay text
    expect(parseInline('20 × 240 * 2 <img src=x onerror=alert(1)>')).toEqual([text('20 × 240 * 2 <img src=x onerror=alert(1)>')]);
  });

  it('makes anchors of Vietnamese headings as GitHub does, diacritics kept', () => {
    expect(slug('Kỳ mới nhất: Phú Thọ')).toBe('kỳ-mới-nhất-phú-thọ');
  });

  it('reads the whole README: its first heading, its sections, and every code fence closed', () => {
    const blocks = parseMarkdown(readme);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1, id: 'iip-explorer' });
    const sections = blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b as { id: string }).id);
    expect(sections).toContain('importing-releases');
    expect(sections).toContain('your-data-is-safe');
    const fences = readme.split('\n').filter((l) => /^\s*```/.test(l)).length;
    expect(blocks.filter((b) => b.kind === 'code')).toHaveLength(fences / 2);
  });
});
