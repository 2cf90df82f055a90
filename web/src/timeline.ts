/**
 * The strip under the graph: the focus entity's meetings and statements on a time axis (`timeline`),
 * or, when a path is drawn between two countries, their meetings and statements per month (`dyad`).
 * Clicking an event selects it.
 */
import { describeApiError } from './api-client.ts';
import type { Dyad, ExplorerApi, TimelineEvent } from './api.ts';
import { formatDate, h } from './dom.ts';
import { axisTicks, placeEvents } from './timeline-scale.ts';
import type { DateRange } from './types.ts';

export type TimelineSubject = { kind: 'entity'; id: string; name: string } | { kind: 'dyad'; a: string; b: string };

export class TimelineStrip {
  readonly #root: HTMLElement;
  readonly #api: ExplorerApi;
  readonly #select: (id: string) => void;
  #request = 0;

  constructor(root: HTMLElement, api: ExplorerApi, select: (id: string) => void) {
    this.#root = root;
    this.#api = api;
    this.#select = select;
  }

  clear(): void {
    this.#request++;
    this.#root.hidden = true;
    this.#root.replaceChildren();
  }

  async show(subject: TimelineSubject, range: DateRange, selected: string | null): Promise<void> {
    const request = ++this.#request;
    this.#root.hidden = false;
    this.#root.setAttribute('aria-busy', 'true');
    if (this.#root.childElementCount === 0) this.#root.replaceChildren(h('p', { class: 'timeline-message' }, 'Loading the timeline…'));
    try {
      if (subject.kind === 'entity') {
        const events = await this.#api.timeline([subject.id], range.from, range.to);
        if (request === this.#request) this.#renderEvents(subject.name, events, selected);
      } else {
        const dyad = await this.#api.dyad(subject.a, subject.b, range.from, range.to);
        if (request === this.#request) this.#renderDyad(dyad);
      }
    } catch (error) {
      if (request === this.#request) this.#root.replaceChildren(h('p', { class: 'timeline-message' }, `Timeline unavailable: ${describeApiError(error)}`));
    } finally {
      if (request === this.#request) this.#root.removeAttribute('aria-busy');
    }
  }

  /** Marks the selected event, if it is on the strip. */
  markSelected(id: string | null): void {
    this.#root.querySelectorAll<HTMLElement>('.timeline-event').forEach((button) => {
      button.classList.toggle('selected', button.dataset['id'] === id);
      button.setAttribute('aria-pressed', String(button.dataset['id'] === id));
    });
  }

  #renderEvents(name: string, events: TimelineEvent[], selected: string | null): void {
    const { placed, first, last } = placeEvents(events);
    const meetings = events.filter((event) => event.__typename === 'Meeting').length;
    const undated = events.length - placed.length;
    const heading = h(
      'h2',
      { class: 'timeline-title' },
      `Timeline of ${name}`,
      h(
        'span',
        { class: 'muted' },
        ` · ${meetings} meeting${meetings === 1 ? '' : 's'}, ${events.length - meetings} statement${events.length - meetings === 1 ? '' : 's'}`,
        undated > 0 ? ` (${undated} without a date, not shown)` : '',
      ),
    );
    if (placed.length === 0) {
      this.#root.replaceChildren(heading, h('p', { class: 'timeline-message' }, 'No dated meetings or statements in this range.'));
      return;
    }
    const track = h('div', { class: 'timeline-track', role: 'list' });
    for (const { event, x, row } of placed) {
      const label = describeEvent(event);
      const button = h(
        'button',
        {
          type: 'button',
          class: `timeline-event ${event.__typename.toLowerCase()}`,
          style: `--x: ${x}; --row: ${Math.min(row, 3)}`,
          'data-id': event.id,
          title: label,
          'aria-label': label,
          role: 'listitem',
        },
      );
      button.addEventListener('click', () => this.#select(event.id));
      track.append(button);
    }
    const axis = h('div', { class: 'timeline-axis', 'aria-hidden': 'true' });
    if (first !== null && last !== null) {
      axis.append(h('span', { class: 'tick end start' }, formatDate(first)));
      for (const tick of axisTicks(first, last)) {
        if (tick.x > 0.06 && tick.x < 0.94) axis.append(h('span', { class: 'tick', style: `--x: ${tick.x}` }, tick.label));
      }
      if (last !== first) axis.append(h('span', { class: 'tick end last' }, formatDate(last)));
    }
    this.#root.replaceChildren(heading, track, axis);
    this.markSelected(selected);
  }

  #renderDyad(dyad: Dyad): void {
    const heading = h(
      'h2',
      { class: 'timeline-title' },
      `${dyad.a.name} – ${dyad.b.name} by month`,
      h('span', { class: 'muted' }, ` · ${dyad.totalMeetings} meeting${dyad.totalMeetings === 1 ? '' : 's'}, ${dyad.totalStatements} statement${dyad.totalStatements === 1 ? '' : 's'}`),
    );
    if (dyad.buckets.length === 0) {
      this.#root.replaceChildren(heading, h('p', { class: 'timeline-message' }, 'No meetings or statements between them in this range.'));
      return;
    }
    const peak = Math.max(1, ...dyad.buckets.map((bucket) => bucket.meetings + bucket.statements));
    const chart = h(
      'ol',
      { class: 'dyad-chart' },
      dyad.buckets.map((bucket) =>
        h(
          'li',
          { class: 'dyad-bucket', title: `${bucket.period}: ${bucket.meetings} meetings, ${bucket.statements} statements` },
          h(
            'div',
            { class: 'dyad-bars', 'aria-hidden': 'true' },
            h('span', { class: 'bar statements', style: `--h: ${bucket.statements / peak}` }),
            h('span', { class: 'bar meetings', style: `--h: ${bucket.meetings / peak}` }),
          ),
          h('span', { class: 'dyad-period' }, bucket.period),
          h('span', { class: 'visually-hidden' }, `${bucket.meetings} meetings, ${bucket.statements} statements`),
        ),
      ),
    );
    this.#root.replaceChildren(heading, chart);
  }
}

function describeEvent(event: TimelineEvent): string {
  if (event.__typename === 'Meeting') {
    const who = event.participants.map((person) => person.name).join(', ');
    return `${formatDate(event.date)}: ${event.kind ?? 'meeting'}${event.location ? ` in ${event.location.name}` : ''}${who ? ` (${who})` : ''}`;
  }
  const text = event.text.length > 90 ? `${event.text.slice(0, 90)}…` : event.text;
  return `${formatDate(event.date)}: ${event.speaker?.name ?? 'someone'}: “${text}”`;
}
