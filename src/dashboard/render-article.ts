import { ApiError } from './api-error.js';
import { emptyMessage } from './empty-message.js';
import { entityLink, type EntityRef } from './entity-ref.js';
import { errorMessage } from './error-message.js';
import { formatDate } from './format-date.js';
import { graphqlRequest } from './graphql-request.js';
import { DASHBOARD_OPERATIONS } from './dashboard-operations.js';
import { h } from './h.js';
import { highlightSpans, type Span } from './highlight-spans.js';
import { routeHref } from './route-href.js';

interface ArticleStatement {
  id: string;
  text: string;
  kind: 'DIRECT' | 'INDIRECT';
  cue: string | null;
  start: number | null;
  end: number | null;
  speaker: EntityRef | null;
}

interface ArticleDetail {
  id: string;
  title: string | null;
  dek: string | null;
  url: string | null;
  source: string | null;
  byline: string | null;
  publishedAt: string | null;
  body: string | null;
  mentions: { start: number; end: number; entity: EntityRef }[];
  statements: ArticleStatement[];
  entities: EntityRef[];
}

const TYPE_GROUPS = [
  ['PERSON', 'People'],
  ['ORGANIZATION', 'Organizations'],
  ['PLACE', 'Places'],
] as const;

/**
 * An article's page: its text with entity mentions highlighted by type (`mark.person`,
 * `mark.place`, `mark.organization`) and statements underlined with a tag naming the
 * speaker, beside lists of the entities and statements found in it.
 */
export async function renderArticle(
  container: HTMLElement,
  id: string,
  signal: AbortSignal,
): Promise<void> {
  container.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  let article: ArticleDetail | null;
  try {
    article = (
      await graphqlRequest<{ article: ArticleDetail | null }>(DASHBOARD_OPERATIONS.article, { id })
    ).article;
  } catch (error) {
    if (signal.aborted) return;
    if (error instanceof ApiError && error.code === 'NOT_FOUND') article = null;
    else return void container.replaceChildren(errorMessage(error, 'this article'));
  }
  if (signal.aborted) return;
  if (article === null) {
    container.replaceChildren(
      h('h1', {}, 'Not found'),
      emptyMessage(`There is no article with the id “${id}”.`),
    );
    return;
  }

  const body = article.body ?? '';
  const statementSpans: Span<ArticleStatement>[] = article.statements.flatMap((s) =>
    s.start !== null && s.end !== null ? [{ start: s.start, end: s.end, value: s }] : [],
  );
  const mentionSpans: Span<EntityRef>[] = article.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    value: m.entity,
  }));
  const blocks = highlightSpans(body, statementSpans, mentionSpans);

  const text = h(
    'div',
    { class: 'article-body' },
    blocks.map((block) => {
      const parts = block.parts.map((part) =>
        part.inner === null
          ? part.text
          : h(
              'mark',
              {
                class: `entity ${part.inner.type.toLowerCase()}`,
                'data-entity-id': part.inner.id,
                title: `${part.inner.name} (${part.inner.type.toLowerCase()})`,
              },
              h('a', { href: routeHref({ page: 'entity', id: part.inner.id }) }, part.text),
            ),
      );
      if (block.outer === null) return parts;
      const statement = block.outer;
      const speaker = statement.speaker?.name ?? 'unknown speaker';
      return h(
        'span',
        {
          class: `statement-span ${statement.kind.toLowerCase()}`,
          'data-statement-id': statement.id,
          title: `Statement by ${speaker}`,
        },
        parts,
        h(
          'span',
          { class: 'speaker-tag' },
          statement.speaker === null ? speaker : entityLink(statement.speaker),
        ),
      );
    }),
  );

  const entitiesByType = TYPE_GROUPS.map(([type, label]) => {
    const of = article.entities.filter((e) => e.type === type);
    return of.length === 0
      ? null
      : h(
          'div',
          {},
          h('h3', {}, label),
          h(
            'ul',
            { class: 'chips' },
            of.map((e) => h('li', {}, entityLink(e))),
          ),
        );
  });

  container.replaceChildren(
    h(
      'article',
      { class: 'article' },
      h(
        'header',
        {},
        h('h1', {}, article.title ?? 'Untitled article'),
        article.dek !== null && article.dek !== '' ? h('p', { class: 'dek' }, article.dek) : null,
        h(
          'p',
          { class: 'meta' },
          [article.source, article.byline, formatDate(article.publishedAt)]
            .filter(Boolean)
            .join(' · '),
          article.url !== null && /^https?:\/\//.test(article.url)
            ? [
                ' · ',
                h(
                  'a',
                  { href: article.url, rel: 'noopener noreferrer', target: '_blank' },
                  'original',
                ),
              ]
            : null,
        ),
        h(
          'p',
          { class: 'legend' },
          'Highlighted: ',
          h('mark', { class: 'entity person' }, 'people'),
          ' ',
          h('mark', { class: 'entity place' }, 'places'),
          ' ',
          h('mark', { class: 'entity organization' }, 'organizations'),
          ' ',
          h('span', { class: 'statement-span direct' }, 'statements'),
        ),
      ),
      body === '' ? emptyMessage('This article has no stored text.') : text,
    ),
    h(
      'aside',
      { class: 'article-side' },
      h('h2', {}, 'Entities'),
      article.entities.length === 0 ? emptyMessage('No entities found.') : entitiesByType,
      h('h2', {}, 'Statements'),
      article.statements.length === 0
        ? emptyMessage('No statements found.')
        : h(
            'ol',
            { class: 'statements compact' },
            article.statements.map((s) =>
              h(
                'li',
                {},
                h('blockquote', { class: 'quote' }, s.kind === 'DIRECT' ? `“${s.text}”` : s.text),
                h(
                  'p',
                  { class: 'meta' },
                  s.speaker === null ? 'Unknown speaker' : entityLink(s.speaker),
                  s.cue !== null ? ` ${s.cue}` : '',
                ),
              ),
            ),
          ),
    ),
  );
}
