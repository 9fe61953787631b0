import { ENTITY_REF_FIELDS, entityLink, type EntityRef } from './entity-ref.js';
import { formatDate } from './format-date.js';
import { h } from './h.js';
import { routeHref } from './route-href.js';

/** A statement as the lists show it. */
export interface StatementItem {
  id: string;
  text: string;
  kind: 'DIRECT' | 'INDIRECT';
  cue: string | null;
  firstReportedAt: string | null;
  speaker: EntityRef | null;
  articles: {
    id: string;
    title: string | null;
    source: string | null;
    publishedAt: string | null;
  }[];
}

/** GraphQL selection matching `StatementItem`. */
export const STATEMENT_ITEM_FIELDS = `id text kind cue firstReportedAt
  speaker { ${ENTITY_REF_FIELDS} }
  articles { id title source publishedAt }`;

/**
 * One statement as a list item: the quote (in quotation marks when direct), who said it
 * and how (cue), the outlets that reported it, the first date, and links to the articles.
 */
export function statementItem(statement: StatementItem): HTMLLIElement {
  const outlets = [
    ...new Set(
      statement.articles.map((a) => a.source).filter((s): s is string => s !== null && s !== ''),
    ),
  ];
  const date = formatDate(statement.firstReportedAt ?? statement.articles[0]?.publishedAt);
  return h(
    'li',
    { class: `statement ${statement.kind.toLowerCase()}`, 'data-statement-id': statement.id },
    h(
      'blockquote',
      { class: 'quote' },
      statement.kind === 'DIRECT' ? `“${statement.text}”` : statement.text,
    ),
    h(
      'p',
      { class: 'meta' },
      statement.speaker === null
        ? h('span', { class: 'unknown' }, 'Unknown speaker')
        : entityLink(statement.speaker),
      statement.cue !== null && statement.cue !== ''
        ? h('span', { class: 'cue' }, ` ${statement.cue}`)
        : null,
      h(
        'span',
        { class: `badge ${statement.kind.toLowerCase()}` },
        statement.kind === 'DIRECT' ? 'quote' : 'paraphrase',
      ),
      outlets.length > 0 ? h('span', { class: 'outlets' }, outlets.join(', ')) : null,
      date !== '' ? h('time', { datetime: statement.firstReportedAt ?? '' }, date) : null,
    ),
    statement.articles.length > 0
      ? h(
          'p',
          { class: 'sources' },
          statement.articles
            .slice(0, 3)
            .map((article) =>
              h(
                'a',
                { href: routeHref({ page: 'article', id: article.id }), class: 'article-link' },
                `Read: ${article.title ?? 'article'}`,
              ),
            ),
        )
      : null,
  );
}
