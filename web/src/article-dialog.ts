/**
 * The article reader: a modal with the article's text, the cited span marked and scrolled into view.
 */
import { describeApiError } from './api-client.ts';
import type { ExplorerApi } from './api.ts';
import { formatDate, h } from './dom.ts';
import type { Evidence } from './types.ts';

export class ArticleDialog {
  readonly #dialog: HTMLDialogElement;
  readonly #api: ExplorerApi;

  constructor(dialog: HTMLDialogElement, api: ExplorerApi) {
    this.#dialog = dialog;
    this.#api = api;
    // A click on the backdrop lands on the dialog element itself.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }

  async open(articleId: string, evidence: Evidence | null): Promise<void> {
    const close = h('button', { type: 'button', class: 'dialog-close', 'aria-label': 'Close' }, '×');
    close.addEventListener('click', () => this.#dialog.close());
    const body = h('div', { class: 'article-body' }, h('p', { class: 'muted', role: 'status' }, 'Loading the article…'));
    const heading = h('h2', { id: 'article-title' }, evidence?.article.title ?? 'Article');
    const meta = h('p', { class: 'muted' });
    this.#dialog.setAttribute('aria-labelledby', 'article-title');
    this.#dialog.replaceChildren(h('header', { class: 'dialog-header' }, heading, close), meta, body);
    if (!this.#dialog.open) this.#dialog.showModal();
    try {
      const article = await this.#api.article(articleId);
      if (article === null) {
        body.replaceChildren(h('p', { class: 'panel-error' }, 'This article is not in the graph any more.'));
        return;
      }
      heading.textContent = article.title ?? 'Untitled article';
      meta.replaceChildren(
        [article.source, formatDate(article.publishedAt)].filter(Boolean).join(' · '),
        // Only web addresses become links: a javascript: URL stored from a hostile page must not run here.
        article.url && /^https?:\/\//i.test(article.url) ? ' · ' : '',
        article.url && /^https?:\/\//i.test(article.url) ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, 'original') : '',
      );
      body.replaceChildren(...paragraphs(article.text ?? '', evidence));
      body.querySelector('mark')?.scrollIntoView({ block: 'center' });
    } catch (error) {
      body.replaceChildren(h('p', { class: 'panel-error', role: 'alert' }, describeApiError(error)));
    }
  }
}

/** The text as paragraphs (split on blank lines), with the span [start, end) of `evidence` in a `<mark>`. */
function paragraphs(text: string, evidence: Evidence | null): HTMLElement[] {
  const result: HTMLElement[] = [];
  const pattern = /\n\s*\n/g;
  let offset = 0;
  const pieces: Array<{ start: number; end: number }> = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    pieces.push({ start: offset, end: match.index });
    offset = match.index + match[0].length;
  }
  pieces.push({ start: offset, end: text.length });
  for (const piece of pieces) {
    if (text.slice(piece.start, piece.end).trim() === '') continue;
    const paragraph = h('p');
    const markStart = evidence ? Math.max(piece.start, evidence.start) : piece.end;
    const markEnd = evidence ? Math.min(piece.end, evidence.end) : piece.end;
    if (markStart < markEnd) {
      paragraph.append(text.slice(piece.start, markStart), h('mark', { class: 'cited' }, text.slice(markStart, markEnd)), text.slice(markEnd, piece.end));
    } else {
      paragraph.append(text.slice(piece.start, piece.end));
    }
    result.push(paragraph);
  }
  return result;
}
