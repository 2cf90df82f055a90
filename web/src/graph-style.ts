/**
 * How each kind of node looks: one colour and one shape per label, so kinds differ for colour-blind
 * readers too. The legend is drawn from the same table.
 */
import type { StylesheetJson } from 'cytoscape';

export interface KindStyle {
  label: string;
  /** Plural, for the legend. */
  title: string;
  color: string;
  shape: string;
}

export const KIND_STYLES: readonly KindStyle[] = [
  { label: 'Person', title: 'People', color: '#2f6fde', shape: 'ellipse' },
  { label: 'Country', title: 'Countries', color: '#12906f', shape: 'round-hexagon' },
  { label: 'Organization', title: 'Organizations', color: '#8a4fd1', shape: 'round-rectangle' },
  { label: 'Location', title: 'Places', color: '#d9822b', shape: 'round-triangle' },
  { label: 'Meeting', title: 'Meetings', color: '#d6455d', shape: 'round-diamond' },
  { label: 'Statement', title: 'Statements', color: '#1d9bb2', shape: 'round-tag' },
  { label: 'Article', title: 'Articles', color: '#7b8494', shape: 'rectangle' },
];

const FALLBACK: KindStyle = { label: '', title: 'Other', color: '#9aa3af', shape: 'ellipse' };

export function kindStyle(label: string): KindStyle {
  return KIND_STYLES.find((style) => style.label === label) ?? FALLBACK;
}

export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK.color,
        label: 'data(caption)',
        'font-family': 'system-ui, sans-serif',
        'font-size': 11,
        color: '#1f2733',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        width: 26,
        height: 26,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    ...KIND_STYLES.map((kind) => ({
      selector: `node[label = "${kind.label}"]`,
      style: { 'background-color': kind.color, shape: kind.shape },
    })) as StylesheetJson,
    // Names of people, countries and places stay readable when zoomed out; the rest appear on zooming in.
    { selector: 'node[label = "Person"], node[label = "Country"], node[label = "Location"], node[label = "Organization"]', style: { 'font-size': 13, 'min-zoomed-font-size': 6 } },
    { selector: 'node[label = "Statement"], node[label = "Article"]', style: { width: 18, height: 18, 'font-size': 10, 'min-zoomed-font-size': 8 } },
    { selector: 'node[label = "Meeting"]', style: { 'font-size': 11, 'min-zoomed-font-size': 8 } },
    { selector: 'node.focus', style: { width: 44, height: 44, 'font-size': 16, 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'border-color': '#1f2733', 'border-width': 3 } },
    { selector: 'node:selected', style: { 'min-zoomed-font-size': 0, 'font-weight': 'bold' } },
    { selector: 'node.expanded', style: { 'border-color': '#1f2733', 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node:selected', style: { 'overlay-color': '#f4c430', 'overlay-opacity': 0.35, 'overlay-padding': 6, 'z-index': 10 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(count, 1, 12, 1.5, 5)',
        'line-color': '#b7c0cc',
        'target-arrow-color': '#b7c0cc',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(caption)',
        'font-size': 8,
        color: '#5b6675',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    // Articles mention nearly everything: their edges stay quiet unless a node they touch is hovered.
    { selector: 'edge[type = "MENTIONS"], edge[type = "REPORTED_IN"]', style: { label: '', 'line-color': '#d5dbe3', 'target-arrow-color': '#d5dbe3', width: 1 } },
    { selector: 'edge:selected, edge.adjacent', style: { label: 'data(caption)', 'line-color': '#6b7a8c', 'target-arrow-color': '#6b7a8c', width: 2.5 } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'node.path', style: { 'border-color': '#f4c430', 'border-width': 5 } },
    { selector: 'edge.path', style: { 'line-color': '#e0a800', 'target-arrow-color': '#e0a800', width: 4, 'z-index': 9 } },
    { selector: 'node.filtered', style: { display: 'none' } },
  ];
}
