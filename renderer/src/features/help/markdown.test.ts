import { describe, expect, it } from 'vitest';
import readme from '../../../../README.md?raw';
import { readHelp, slug } from './markdown.js';

describe('the Help page’s markdown', () => {
  it('gives headings GitHub’s anchors (a repeated one numbered), one level down, and lists the second-level ones as sections', () => {
    const help = readHelp(['# IIP Explorer', '', '## Set up & test', 'text', '### Inside', '## Set up & test'].join('\n'));
    expect(help.html).toContain('<h2 id="iip-explorer">IIP Explorer</h2>');
    expect(help.html).toContain('<h4 id="inside">Inside</h4>');
    expect(help.sections).toEqual([
      { id: 'set-up--test', title: 'Set up & test' },
      { id: 'set-up--test-1', title: 'Set up & test' },
    ]);
  });

  it('keeps raw HTML as text, in paragraphs and in code alike', () => {
    const { html } = readHelp('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n```sh\nnpm start # <b>x</b>\n```');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<pre><code class="language-sh">npm start # &lt;b&gt;x&lt;/b&gt;');
  });

  it('keeps a link’s target only for web pages (opened outside) and headings of the page', () => {
    const { html } = readHelp('[GSO](https://www.gso.gov.vn/) [doc](docs/analysis.md) [x](javascript:alert(1)) [top](#iip-explorer)');
    expect(html).toContain('<a href="https://www.gso.gov.vn/" target="_blank" rel="noreferrer noopener">GSO</a>');
    expect(html).toContain('<a>doc</a>');
    expect(html).toContain('<a href="#iip-explorer">top</a>');
    expect(html).not.toMatch(/href="javascript/i); // markdown-it leaves such a link as its text
  });

  it('shows a picture’s description, never loads it', () => {
    const { html } = readHelp('![The explorer <b>view</b>](docs/images/explorer.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('<span class="markdown__picture">The explorer &lt;b&gt;view&lt;/b&gt;</span>');
  });

  it('reads nested lists and tables', () => {
    const { html } = readHelp('- one\n  - nested\n- two\n\n| Format | Ext |\n|---|---|\n| PC-Axis | `.px` |');
    expect(html).toMatch(/<li>one\s*<ul>\s*<li>nested<\/li>/);
    expect(html).toContain('<td><code>.px</code></td>');
  });

  it('makes anchors of Vietnamese headings as GitHub does, diacritics kept', () => {
    expect(slug('Kỳ mới nhất: Phú Thọ')).toBe('kỳ-mới-nhất-phú-thọ');
  });

  it('reads the whole README: its first heading, its sections, and every code fence', () => {
    const help = readHelp(readme);
    expect(help.html.startsWith('<h2 id="iip-explorer">')).toBe(true);
    expect(help.sections.map((s) => s.id)).toContain('your-data-is-safe');
    const fences = readme.split('\n').filter((l) => /^\s*```/.test(l)).length;
    expect(help.html.match(/<pre><code/g)).toHaveLength(fences / 2);
  });
});
