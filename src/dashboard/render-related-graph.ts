import type { Core } from 'cytoscape';
import { TYPE_COLOURS } from './type-colours.js';
import type { EntityRef } from './entity-ref.js';

/** A neighbour of the centre entity and how many articles they share. */
export interface Related {
  entity: EntityRef;
  articleCount: number;
}

declare global {
  interface Window {
    /** The entity page's cytoscape instance, exposed for end-to-end tests. */
    __newsgraphCy?: Core;
  }
}

/**
 * Draws `center` and its related entities as an interactive cytoscape graph in `target`
 * (cytoscape is loaded on demand, keeping it out of the first view's bundle). Edge width
 * grows with the shared article count; clicking or tapping a neighbour calls `onSelect`.
 * Sets `data-node-count` on `target` once drawn. Returns a function that destroys the graph.
 */
export async function renderRelatedGraph(
  target: HTMLElement,
  center: EntityRef,
  related: readonly Related[],
  onSelect: (entity: EntityRef) => void,
): Promise<() => void> {
  const { default: cytoscape } = await import('cytoscape');
  const maxShared = Math.max(1, ...related.map((r) => r.articleCount));
  const neighbours = related.filter((r) => r.entity.id !== center.id);
  const cy = cytoscape({
    container: target,
    elements: [
      { data: { id: center.id, label: center.name, type: center.type, center: 1 } },
      ...neighbours.map((r) => ({
        data: { id: r.entity.id, label: r.entity.name, type: r.entity.type, center: 0 },
      })),
      ...neighbours.map((r) => ({
        data: {
          id: `edge:${r.entity.id}`,
          source: center.id,
          target: r.entity.id,
          weight: 1 + (5 * r.articleCount) / maxShared,
          shared: r.articleCount,
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '90px',
          width: 18,
          height: 18,
          'background-color': '#888',
          color: '#1d232b',
        },
      },
      ...(Object.entries(TYPE_COLOURS) as [string, string][]).map(([type, colour]) => ({
        selector: `node[type = "${type}"]`,
        style: { 'background-color': colour },
      })),
      {
        selector: 'node[center = 1]',
        style: {
          width: 30,
          height: 30,
          'font-weight': 'bold',
          'border-width': 3,
          'border-color': '#1d232b',
        },
      },
      {
        selector: 'edge',
        style: { width: 'data(weight)', 'line-color': '#b8c2cc', 'curve-style': 'straight' },
      },
    ],
    layout: {
      name: 'concentric',
      concentric: (node) => node.data('center') as number,
      levelWidth: () => 1,
      minNodeSpacing: 44,
      animate: false,
    },
    minZoom: 0.3,
    maxZoom: 3,
  });
  cy.on('tap', 'node', (event) => {
    const id = event.target.id() as string;
    const picked = neighbours.find((r) => r.entity.id === id);
    if (picked !== undefined) onSelect(picked.entity);
  });
  cy.on('mouseover', 'node', () => (target.style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (target.style.cursor = ''));
  target.dataset['nodeCount'] = String(cy.nodes().length);
  window.__newsgraphCy = cy;
  return () => {
    if (window.__newsgraphCy === cy) delete window.__newsgraphCy;
    cy.destroy();
  };
}
