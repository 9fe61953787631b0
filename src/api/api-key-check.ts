import { createHash, timingSafeEqual } from 'node:crypto';

export type KeyCheck = 'valid' | 'invalid' | 'missing';

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/**
 * Checks the `Authorization: Bearer <key>` header against the configured keys. Keys are
 * compared as SHA-256 digests with `timingSafeEqual`, against every key without stopping
 * early, so the time taken says nothing about how much of a key was right.
 */
export function createKeyCheck(
  keys: readonly string[],
): (authorization: string | undefined) => KeyCheck {
  const digests = keys.map(digest);
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) return authorization ? 'invalid' : 'missing';
    const presented = digest(match[1]);
    let valid = false;
    for (const known of digests) valid = timingSafeEqual(presented, known) || valid;
    return valid ? 'valid' : 'invalid';
  };
}
