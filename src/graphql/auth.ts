/**
 * Bearer tokens: mutations need the editor token; reads need the read (or editor) token only when
 * one is configured. Tokens are compared through SHA-256 digests with timingSafeEqual, so neither the
 * content nor the length of a guess shows in the response time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { DiplographError, ErrorCode } from '../domain/errors.ts';

export interface AuthConfig {
  editorToken: string | null;
  readToken: string | null;
}

export interface RequestAuth {
  canRead: boolean;
  canEdit: boolean;
  /** Whether the request carried a bearer token at all, to tell "log in" from "not allowed". */
  presentedToken: boolean;
  /** Whether mutations are possible on this server at all. */
  editingEnabled: boolean;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** `Bearer abc` → `abc`; anything else → null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

export function authenticate(authorizationHeader: string | undefined, config: AuthConfig): RequestAuth {
  const token = bearerToken(authorizationHeader);
  const canEdit = token !== null && config.editorToken !== null && tokensMatch(token, config.editorToken);
  const hasReadToken = token !== null && config.readToken !== null && tokensMatch(token, config.readToken);
  return {
    canEdit,
    canRead: config.readToken === null || hasReadToken || canEdit,
    presentedToken: token !== null,
    editingEnabled: config.editorToken !== null,
  };
}

/** Throws unless the request may change the graph. */
export function requireEditor(auth: RequestAuth): void {
  if (auth.canEdit) return;
  if (!auth.editingEnabled) {
    throw new DiplographError(ErrorCode.FORBIDDEN, 'Mutations are disabled on this server: no editor token is configured.');
  }
  if (!auth.presentedToken) {
    throw new DiplographError(ErrorCode.UNAUTHENTICATED, 'Mutations need an Authorization: Bearer <editor token> header.');
  }
  throw new DiplographError(ErrorCode.FORBIDDEN, 'The bearer token does not allow mutations.');
}
