import { DiplographError, ErrorCode } from '../../domain/errors.ts';

/** Every read error names where the input came from and what is wrong with it: "a.txt: file is empty". */
export function badInput(origin: string, reason: string): DiplographError {
  return new DiplographError(ErrorCode.BAD_USER_INPUT, `${origin}: ${reason}`);
}
