// The Help page's HTML (markdown.ts: no raw HTML from the text, links only to web pages and
// headings). Web links open outside the app (Electron asks the user first); in-page links scroll
// to their heading.
import type { MouseEvent } from 'react';

function scrollToHeading(event: MouseEvent<HTMLDivElement>): void {
  const link = (event.target as Element).closest('a');
  const href = link?.getAttribute('href');
  if (!href?.startsWith('#')) return;
  event.preventDefault();
  event.currentTarget.querySelector(`[id="${CSS.escape(href.slice(1))}"]`)?.scrollIntoView();
}

export function Markdown({ html }: { html: string }) {
  // markdown-it's output with html: false (markdown.ts): the text's own HTML arrives escaped
  return <div className="markdown" onClick={scrollToHeading} dangerouslySetInnerHTML={{ __html: html }} />;
}
