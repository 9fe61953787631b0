/**
 * Expected failures of graph writes, for callers to show to users: an unknown article or
 * entity id (`NOT_FOUND`) or input the writer refuses (`BAD_USER_INPUT`). The API maps
 * `code` straight to its GraphQL error code; database failures stay DatabaseError.
 */
export type GraphWriteErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT';

export class GraphWriteError extends Error {
  constructor(
    message: string,
    readonly code: GraphWriteErrorCode,
  ) {
    super(message);
    this.name = 'GraphWriteError';
  }
}
