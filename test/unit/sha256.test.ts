import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/domain/sha256.ts';

describe('sha256Hex', () => {
  it('gives the hex digest createHash gives for the UTF-8 of the text', () => {
    for (const text of ['', 'abc', 'Sergey Lavrov\u0000Geneva', 'São Paulo — 北京', 'lone \ud83d surrogate']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
});
