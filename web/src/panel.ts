/**
 * The side panel: what the graph knows about the selected node, and the sentences that say so.
 */
import type { ExplorerApi, NodeDetails, Role } from './api.ts';
import { append, formatDate, h, type Child } from './dom.ts';
import { citedSentence } from './evidence.ts';
import { kindStyle } from './graph-style.ts';
import type { Evidence } from './types.ts';

export interface PanelActions {
  /** Select another node (in the graph when it is there, else just in the panel). */
  select(id: string): void;
  /** Centre the graph on this entity. */
  focus(id: string, name: string): void;
  expand(id: string): void;
  /** Find paths from the graph's entity to this one. */
  pathTo(id: string, name: string): void;
  openArticle(articleId: string, evidence: Evidence | null): void;
}

const KIND_NAMES: Readonly<Record<string, string>> = { Location: 'Place' };
/** Evidence sentences shown before "Show n more". */
const EVIDENCE_SHOWN = 3;

function kindBadge(label: string): HTMLElement {
  return h('span', { class: 'kind-badge', style: `--kind-color: ${kindStyle(label).color}` }, KIND_NAMES[label] ?? label);
}

function section(title: string, ...children: Array<Child | Child[]>): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), ...children);
}

function facts(rows: Array<[string, Child] | null>): HTMLElement {
  const list = h('dl', { class: 'facts' });
  for (const row of rows) {
    if (row === null) continue;
    const [term, value] = row;
    if (value === null || value === undefined || value === false || value === '') continue;
    list.append(h('dt', {}, term), h('dd', {}, value));
  }
  return list;
}

export class Panel {
  readonly #root: HTMLElement;
  readonly #api: ExplorerApi;
  readonly #actions: PanelActions;
  #shown: string | null = null;

  constructor(root: HTMLElement, api: ExplorerApi, actions: PanelActions) {
    this.#root = root;
    this.#api = api;
    this.#actions = actions;
  }

  /** The hint shown before any entity is chosen. */
  showIntro(): void {
    this.#shown = null;
    this.#root.replaceChildren(
      h(
        'div',
        { class: 'panel-intro' },
        h('h2', {}, 'Explore the graph'),
        h('p', {}, 'Search for a person, country, organization or place to see who met whom, who said what, and the sentences that report it.'),
        h('p', {}, 'Click a node for its details and evidence; double-click it to add its neighbours. The legend switches kinds of node on and off.'),
      ),
    );
  }

  /** The id of the node the panel shows (or is loading), null for the intro or an error. */
  get showing(): string | null {
    return this.#shown;
  }

  /** Shows a node's details; rejects with the API's error, which the caller reports. */
  async show(id: string): Promise<void> {
    this.#shown = id;
    this.#root.replaceChildren(h('p', { class: 'panel-loading', role: 'status' }, 'Loading…'));
    this.#root.setAttribute('aria-busy', 'true');
    try {
      const details = await this.#api.node(id);
      if (this.#shown !== id) return;
      if (details === null) {
        this.#root.replaceChildren(h('p', { class: 'panel-error' }, 'This node is not in the graph any more.'));
        return;
      }
      this.#root.replaceChildren();
      append(this.#root, this.#render(details));
    } finally {
      if (this.#shown === id) this.#root.removeAttribute('aria-busy');
    }
  }

  showError(message: string): void {
    this.#shown = null;
    this.#root.removeAttribute('aria-busy');
    this.#root.replaceChildren(h('p', { class: 'panel-error', role: 'alert' }, message));
  }

  #link(id: string, name: string): HTMLElement {
    const button = h('button', { type: 'button', class: 'link', 'data-id': id }, name);
    button.addEventListener('click', () => this.#actions.select(id));
    return button;
  }

  #links(items: Array<{ id: string; name: string }>): Child {
    if (items.length === 0) return null;
    return h('ul', { class: 'inline-list' }, items.map((item) => h('li', {}, this.#link(item.id, item.name))));
  }

  #entityActions(id: string, name: string): HTMLElement {
    const centre = h('button', { type: 'button', class: 'secondary' }, 'Centre graph here');
    centre.addEventListener('click', () => this.#actions.focus(id, name));
    const expand = h('button', { type: 'button', class: 'secondary' }, 'Expand');
    expand.addEventListener('click', () => this.#actions.expand(id));
    const path = h('button', { type: 'button', class: 'secondary' }, 'Path to here');
    path.addEventListener('click', () => this.#actions.pathTo(id, name));
    return h('div', { class: 'panel-actions' }, centre, expand, path);
  }

  #header(label: string, title: string, subtitle: Child): HTMLElement {
    return h('header', { class: 'panel-header' }, kindBadge(label), h('h2', { id: 'panel-title' }, title), subtitle ? h('p', { class: 'subtitle' }, subtitle) : null);
  }

  #render(details: NodeDetails): Child[] {
    switch (details.__typename) {
      case 'Person':
        return [
          this.#header('Person', details.name, details.roles.map(roleText).join('; ')),
          this.#entityActions(details.id, details.name),
          facts([['Also called', details.aliases.join(', ')], ['Mentions', String(details.mentionCount)]]),
          details.roles.length > 0 ? section('Roles', h('ul', { class: 'roles' }, details.roles.map((role) => this.#role(role)))) : null,
          this.#articles(details.articles),
        ];
      case 'Country':
        return [
          this.#header('Country', details.name, [details.iso2, details.iso3].filter(Boolean).join(' · ')),
          this.#entityActions(details.id, details.name),
          facts([['Also called', details.aliases.join(', ')], ['Mentions', String(details.mentionCount)]]),
          this.#articles(details.articles),
        ];
      case 'Organization':
        return [
          this.#header('Organization', details.name, details.kind),
          this.#entityActions(details.id, details.name),
          facts([['Also called', details.aliases.join(', ')], ['Mentions', String(details.mentionCount)]]),
          this.#articles(details.articles),
        ];
      case 'Location':
        return [
          this.#header('Location', details.name, [details.kind, details.country?.name].filter(Boolean).join(', ')),
          this.#entityActions(details.id, details.name),
          facts([
            ['Country', details.country ? this.#link(details.country.id, details.country.name) : null],
            ['Also called', details.aliases.join(', ')],
            ['Mentions', String(details.mentionCount)],
          ]),
          this.#articles(details.articles),
        ];
      case 'Meeting': {
        const title = [capitalise(details.kind ?? 'meeting'), details.location ? `in ${details.location.name}` : null].filter(Boolean).join(' ');
        return [
          this.#header('Meeting', title, `${formatDate(details.date)}${details.planned ? ' · planned' : ''}`),
          facts([
            ['Participants', this.#links(details.participants)],
            ['Countries', this.#links(details.countries)],
            ['Place', details.location ? this.#link(details.location.id, details.location.name) : null],
            ['Date', formatDate(details.date)],
            ['Event type', [details.plover, details.cameo ? `CAMEO ${details.cameo}` : null].filter(Boolean).join(' · ')],
            ['Previous meeting', details.previous ? this.#link(details.previous.id, `${capitalise(details.previous.kind ?? 'meeting')}, ${formatDate(details.previous.date)}`) : null],
          ]),
          details.statements.length > 0
            ? section(
                'Said there',
                h(
                  'ul',
                  { class: 'statements' },
                  details.statements.map((statement) =>
                    h('li', {}, h('q', {}, statement.text), ' ', statement.speaker ? h('span', { class: 'speaker' }, '— ', statement.speaker.name) : null, ' ', this.#link(statement.id, 'details')),
                  ),
                ),
              )
            : null,
          this.#evidence('Reported in', details.reportedIn, null),
        ];
      }
      case 'Statement':
        return [
          this.#header('Statement', details.speaker ? `${details.speaker.name} said` : 'Statement', `${formatDate(details.date)}${details.kind ? ` · ${details.kind}` : ''}`),
          h('blockquote', { class: 'statement-text' }, details.text),
          facts([
            ['Speaker', details.speaker ? this.#link(details.speaker.id, details.speaker.name) : 'unknown'],
            ['According to', details.via ? this.#link(details.via.id, details.via.name) : null],
            ['At', details.meeting ? this.#link(details.meeting.id, `${capitalise(details.meeting.kind ?? 'meeting')}, ${formatDate(details.meeting.date)}`) : null],
            ['About', this.#links(details.about)],
          ]),
          this.#evidence('Evidence', details.evidence, details.text),
        ];
      case 'Article': {
        const read = h('button', { type: 'button', class: 'secondary' }, 'Read the article');
        read.addEventListener('click', () => this.#actions.openArticle(details.id, null));
        return [
          this.#header('Article', details.title ?? 'Untitled article', [details.source, formatDate(details.publishedAt)].filter(Boolean).join(' · ')),
          h('div', { class: 'panel-actions' }, read),
          facts([['By', details.authors.join(', ')], ['Source', details.source], ['Published', formatDate(details.publishedAt)]]),
        ];
      }
    }
  }

  #role(role: Role): HTMLElement {
    return h('li', {}, h('strong', {}, roleText(role)), role.asOf ? h('span', { class: 'muted' }, ` as of ${formatDate(role.asOf)}`) : null, this.#evidenceList(role.evidence, null));
  }

  #articles(articles: { totalCount: number; edges: Array<{ node: { id: string; title: string | null; source: string | null; publishedAt: string | null } }> }): Child {
    if (articles.totalCount === 0) return null;
    const more = articles.totalCount - articles.edges.length;
    return section(
      `Mentioned in ${articles.totalCount} article${articles.totalCount === 1 ? '' : 's'}`,
      h(
        'ul',
        { class: 'articles' },
        articles.edges.map(({ node }) => {
          const open = h('button', { type: 'button', class: 'link' }, node.title ?? 'Untitled article');
          open.addEventListener('click', () => this.#actions.openArticle(node.id, null));
          return h('li', {}, open, h('span', { class: 'muted' }, ` ${[node.source, formatDate(node.publishedAt)].filter(Boolean).join(', ')}`));
        }),
      ),
      more > 0 ? h('p', { class: 'muted' }, `and ${more} more`) : null,
    );
  }

  #evidence(title: string, evidence: Evidence[], quote: string | null): Child {
    if (evidence.length === 0) return section(title, h('p', { class: 'muted' }, 'No supporting sentence was recorded.'));
    return section(title, this.#evidenceList(evidence, quote));
  }

  /**
   * Each supporting sentence with the cited words marked; the article's text is fetched to show the
   * whole sentence. Long lists (a minister's role is reported in every article) show the first few.
   */
  #evidenceList(evidence: Evidence[], quote: string | null): HTMLElement {
    const list = h('ul', { class: 'evidence-list' }, evidence.slice(0, EVIDENCE_SHOWN).map((item) => this.#evidenceItem(item, quote)));
    const rest = evidence.length - EVIDENCE_SHOWN;
    if (rest > 0) {
      const more = h('button', { type: 'button', class: 'link more' }, `Show ${rest} more sentence${rest === 1 ? '' : 's'}`);
      more.addEventListener('click', () => {
        more.parentElement?.remove();
        list.append(...evidence.slice(EVIDENCE_SHOWN).map((item) => this.#evidenceItem(item, quote)));
      });
      list.append(h('li', { class: 'evidence-more' }, more));
    }
    return list;
  }

  #evidenceItem(item: Evidence, quote: string | null): HTMLElement {
    const sentence = h('p', { class: 'evidence-sentence' });
    renderCited(sentence, item, null, quote);
    void this.#api
      .article(item.article.id)
      .then((article) => renderCited(sentence, item, article?.text ?? null, quote))
      .catch(() => undefined);
    const open = h('button', { type: 'button', class: 'link' }, 'Read the article');
    open.addEventListener('click', () => this.#actions.openArticle(item.article.id, item));
    return h(
      'li',
      { class: 'evidence' },
      sentence,
      h(
        'p',
        { class: 'evidence-source' },
        h('cite', {}, item.article.title ?? 'Untitled article'),
        ` — ${[item.article.source, formatDate(item.article.publishedAt)].filter(Boolean).join(', ')} · `,
        open,
      ),
    );
  }

}

/** Writes the evidence sentence into `target` with the cited words in a `<mark>`. */
export function renderCited(target: HTMLElement, evidence: Evidence, articleText: string | null, quote: string | null): void {
  const parts = citedSentence(evidence, articleText, quote);
  target.replaceChildren(parts.before, h('mark', { class: 'cited' }, parts.cited), parts.after);
}

function roleText(role: Role): string {
  const of = role.country?.name ?? role.organization?.name;
  return of ? `${role.title}, ${of}` : role.title;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
