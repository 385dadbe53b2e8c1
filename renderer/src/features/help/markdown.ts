// The README as the Help page's HTML, read by markdown-it. Raw HTML in the text stays text
// (`html: false`), so nothing in the file can run or load; a link keeps its target only when it
// is a web page (opened outside the app, which asks first) or a heading of the page; headings carry
// GitHub's anchors (one level down, under the dialog's title), and the second-level ones make the
// page's contents.
import MarkdownIt from 'markdown-it';

export interface HelpDocument {
  html: string;
  sections: { id: string; title: string }[];
}

interface ReadingEnv {
  sections: HelpDocument['sections'];
  ids: Map<string, number>;
}

const reader = new MarkdownIt({ html: false, linkify: false, typographer: false });

reader.core.ruler.push('heading_anchors', (state) => {
  const env = state.env as ReadingEnv;
  state.tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const title = (state.tokens[i + 1]?.children ?? [])
      .filter((t) => t.type === 'text' || t.type === 'code_inline')
      .map((t) => t.content)
      .join('');
    const id = uniqueId(slug(title), env.ids);
    token.attrSet('id', id);
    const level = Number(token.tag.slice(1));
    if (level === 2) env.sections.push({ id, title });
    // one level down: the dialog's own title is the page's h2
    const close = state.tokens.slice(i).find((t) => t.type === 'heading_close');
    token.tag = `h${Math.min(6, level + 1)}`;
    if (close) close.tag = token.tag;
  });
});

const WEB_PAGE = /^https?:\/\//i;
const renderLinkOpen = reader.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
reader.renderer.rules.link_open = (tokens, i, options, env, self) => {
  const token = tokens[i]!;
  const href = token.attrGet('href') ?? '';
  if (WEB_PAGE.test(href)) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noreferrer noopener');
  } else if (!href.startsWith('#')) {
    // a file of the repository (docs/analysis.md) is not part of the app: its words stay, not the link
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
  }
  return renderLinkOpen(tokens, i, options, env, self);
};

// the README's pictures are files of the repository, not of the app: their descriptions stand in
reader.renderer.rules.image = (tokens, i, options, env, self) =>
  `<span class="markdown__picture">${reader.utils.escapeHtml(self.renderInlineAsText(tokens[i]!.children ?? [], options, env))}</span>`;

/** The Help page of a markdown text: its HTML and its sections. */
export function readHelp(markdown: string): HelpDocument {
  const env: ReadingEnv = { sections: [], ids: new Map() };
  return { html: reader.render(markdown, env), sections: env.sections };
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function uniqueId(base: string, seen: Map<string, number>): string {
  const count = seen.get(base) ?? 0;
  seen.set(base, count + 1);
  return count === 0 ? base : `${base}-${count}`;
}
