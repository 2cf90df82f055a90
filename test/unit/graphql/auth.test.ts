import { describe, expect, it } from 'vitest';
import { authenticate, bearerToken, requireEditor } from '../../../src/graphql/auth.ts';

const config = { editorToken: 'editor-token-0123456789', readToken: null };

describe('authenticate', () => {
  it('reads a bearer token and grants edits only for the editor token', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(authenticate('Bearer editor-token-0123456789', config)).toMatchObject({ canEdit: true, canRead: true });
    expect(authenticate('Bearer editor-token-012345678', config)).toMatchObject({ canEdit: false, canRead: true });
  });

  it('refuses edits when no editor token is configured, whatever is presented', () => {
    const auth = authenticate('Bearer anything-at-all-here', { editorToken: null, readToken: null });
    expect(() => requireEditor(auth)).toThrow(/no editor token is configured/);
  });

  it('needs the read token for reads when one is set', () => {
    const guarded = { editorToken: null, readToken: 'read-token-0123456789' };
    expect(authenticate(undefined, guarded).canRead).toBe(false);
    expect(authenticate('Bearer read-token-0123456789', guarded).canRead).toBe(true);
  });
});
