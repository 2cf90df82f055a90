import * as crypto from 'node:crypto';

/**
 * The SHA-256 of a string (UTF-8) in hex. Node 20.12 and later hash it in one call, without the Hash object
 * `createHash` builds for each of the ids an article gets; earlier Node builds one.
 */
export const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');
