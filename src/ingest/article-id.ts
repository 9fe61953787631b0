import { createHash } from 'node:crypto';

/** Query parameters that only track where a reader came from; they do not change the article. */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid)$/i;

/**
 * Stable article id: the first 20 hex digits of a sha256. Keyed on source + url when the url is
 * known (so the same page read twice, from any format, gets the same id), else on title + body.
 * The url is compared without fragment and tracking parameters, the source case-insensitively.
 */
export function articleId(fields: {
  source: string | null;
  url: string | null;
  title: string | null;
  body: string;
}): string {
  const key =
    fields.url !== null
      ? ['url', (fields.source ?? '').trim().toLowerCase(), canonicalUrl(fields.url)]
      : ['text', fields.title ?? '', fields.body];
  return createHash('sha256').update(key.join('\u0000')).digest('hex').slice(0, 20);
}

function canonicalUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
    }
    return parsed.toString();
  } catch {
    return url.trim();
  }
}
