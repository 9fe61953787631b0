/**
 * Colours per entity type for the charts and the graph (canvas drawing cannot read CSS);
 * kept in step with `--person`, `--place` and `--organization` in style.css.
 */
export const TYPE_COLOURS = {
  PERSON: '#2f6fdf',
  PLACE: '#1f9d55',
  ORGANIZATION: '#d9822b',
} as const;
