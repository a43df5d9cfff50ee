import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

import { AuthConfig, Role } from '../config';
import { AppError } from '../errors';

/** Who is calling: a role and the key's name from a valid key, or anonymous. */
export interface Principal {
  role: Role | null;
  /** The key's name (API_KEYS), for records of who did what; never the key itself. */
  name?: string;
}

/**
 * Reads `Authorization: Bearer <key>` or `X-API-Key: <key>` and finds the key's role.
 * Every configured key is compared, in constant time on fixed-length digests, so neither the
 * comparison nor the loop tells an attacker how much of a key matched. A key that is given but
 * unknown is refused outright (UNAUTHENTICATED) rather than treated as anonymous.
 */
export function authenticate(headers: IncomingHttpHeaders, auth: AuthConfig): Principal {
  const given = presentedKey(headers);
  if (given === undefined) {
    if (auth.readRequiresKey)
      throw unauthenticated('This server requires an API key for every request; send it as "Authorization: Bearer <key>" or "X-API-Key: <key>".');
    return { role: null };
  }
  const digest = sha256(given);
  let found: Principal | null = null;
  for (const candidate of auth.keys) {
    if (crypto.timingSafeEqual(digest, sha256(candidate.key)) && found === null) found = { role: candidate.role, name: candidate.name };
  }
  if (found === null) throw unauthenticated('The API key is not valid.');
  return found;
}

/** Refuses unless the caller has `role` (an editor may also read). */
export function requireRole(principal: Principal, role: Role): void {
  if (principal.role === null)
    throw unauthenticated(`This operation needs an API key with the "${role}" role; send it as "Authorization: Bearer <key>" or "X-API-Key: <key>".`);
  if (role === 'editor' && principal.role !== 'editor') {
    throw new AppError('FORBIDDEN', `This operation needs the "editor" role; the API key given has the "${principal.role}" role.`, { http: 403 });
  }
}

function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (typeof authorization === 'string' && authorization.trim() !== '') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <key>".');
    return match[1];
  }
  const apiKey = headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey !== '' ? apiKey : undefined;
}

function unauthenticated(message: string): AppError {
  return new AppError('UNAUTHENTICATED', message, { http: 401 });
}

function sha256(text: string): Buffer {
  return crypto.createHash('sha256').update(text, 'utf8').digest();
}
