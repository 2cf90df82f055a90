/**
 * A search box with suggestions (the ARIA combobox pattern): typing asks `search` after a short pause,
 * arrows move through the suggestions, Enter or a click picks one, Escape closes the list.
 */
import { describeApiError } from './api-client.ts';
import { h } from './dom.ts';
import { kindStyle } from './graph-style.ts';
import type { EntityRef, SearchHit } from './types.ts';

export interface SearchBoxOptions {
  input: HTMLInputElement;
  listbox: HTMLUListElement;
  search(query: string, signal: AbortSignal): Promise<SearchHit[]>;
  pick(entity: EntityRef): void;
}

const DEBOUNCE_MS = 180;
const MIN_QUERY = 2;

export class SearchBox {
  readonly #options: SearchBoxOptions;
  #hits: EntityRef[] = [];
  #active = -1;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: AbortController | undefined;

  constructor(options: SearchBoxOptions) {
    this.#options = options;
    const { input, listbox } = options;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    input.autocomplete = 'off';
    listbox.setAttribute('role', 'listbox');
    listbox.hidden = true;
    input.addEventListener('input', () => this.#schedule());
    input.addEventListener('keydown', (event) => this.#onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => {
      if (this.#hits.length > 0) this.#open();
    });
  }

  /** Shows a name in the box without searching, e.g. the entity a shared URL opened. */
  setText(text: string): void {
    this.#options.input.value = text;
  }

  close(): void {
    this.#options.listbox.hidden = true;
    this.#options.input.setAttribute('aria-expanded', 'false');
    this.#options.input.removeAttribute('aria-activedescendant');
  }

  #open(): void {
    this.#options.listbox.hidden = false;
    this.#options.input.setAttribute('aria-expanded', 'true');
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#pending?.abort();
    const query = this.#options.input.value.trim();
    if (query.length < MIN_QUERY) {
      this.#hits = [];
      this.close();
      return;
    }
    this.#timer = setTimeout(() => void this.#run(query), DEBOUNCE_MS);
  }

  async #run(query: string): Promise<void> {
    const controller = new AbortController();
    this.#pending = controller;
    this.#message('Searching…', 'status');
    try {
      const hits = await this.#options.search(query, controller.signal);
      if (controller.signal.aborted) return;
      this.#hits = hits.map((hit) => hit.entity);
      if (this.#hits.length === 0) this.#message(`Nothing in the graph matches “${query}”.`, 'empty');
      else this.#render();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#hits = [];
      this.#message(describeApiError(error), 'error');
    }
  }

  #message(text: string, kind: 'status' | 'empty' | 'error'): void {
    const { listbox } = this.#options;
    listbox.replaceChildren(h('li', { class: `suggestion-message ${kind}`, role: 'option', 'aria-disabled': 'true' }, text));
    this.#active = -1;
    this.#open();
  }

  #render(): void {
    const { listbox } = this.#options;
    listbox.replaceChildren(
      ...this.#hits.map((entity, i) =>
        h(
          'li',
          { id: `${listbox.id}-${i}`, class: 'suggestion', role: 'option', 'aria-selected': 'false', 'data-id': entity.id },
          h('span', { class: `kind-dot kind-${entity.__typename}`, style: `--kind-color: ${kindStyle(entity.__typename).color}`, 'aria-hidden': 'true' }),
          h('span', { class: 'suggestion-name' }, entity.name),
          h('span', { class: 'suggestion-kind' }, entity.__typename === 'Location' ? 'Place' : entity.__typename),
        ),
      ),
    );
    listbox.querySelectorAll<HTMLLIElement>('li.suggestion').forEach((item, i) => {
      // mousedown, not click: it comes before the input's blur closes the list.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.#pick(i);
      });
    });
    this.#active = -1;
    this.#open();
  }

  #onKey(event: KeyboardEvent): void {
    const count = this.#hits.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        this.#open();
        this.#setActive((this.#active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
        break;
      case 'Enter':
        if (count === 0) return;
        event.preventDefault();
        this.#pick(this.#active >= 0 ? this.#active : 0);
        break;
      case 'Escape':
        this.close();
        break;
    }
  }

  #setActive(index: number): void {
    const items = this.#options.listbox.querySelectorAll<HTMLLIElement>('li.suggestion');
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    this.#active = index;
    const item = items[index];
    if (item) {
      this.#options.input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    }
  }

  #pick(index: number): void {
    const entity = this.#hits[index];
    if (!entity) return;
    this.#options.input.value = entity.name;
    this.close();
    this.#options.pick(entity);
  }
}
