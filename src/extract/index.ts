/** The extraction stage: Article -> Extraction (entities, mentions, statements). */
export { extract } from './extract.js';
