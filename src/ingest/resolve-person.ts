/**
 * When two person records are one real person. Pure rules over names and affiliations:
 * - the same full name after folding accents and case is the same person ("Sergéy Lavrov" = "Sergey Lavrov");
 * - a transliteration variant ("Sergei Lavrov") is, when every word agrees (first names included) and the two
 *   hold no roles in disjoint sets of countries and organizations;
 * - a bare surname ("Lavrov") is, when exactly one known person carries it and their roles do not disagree.
 * Korean names make the guard visible: "Kim Jong Un" and "Kim Yo Jong" share a surname and never merge.
 */
import { distance } from 'fastest-levenshtein';
import type { KnownPerson } from '../domain/entity-lookup.ts';
import { personNameTokens, transliterationKey } from '../domain/name-keys.ts';

export interface PersonToResolve {
  name: string;
  aliases: string[];
  /** Country and organization ids of the roles the article gives the person. */
  affiliations: string[];
}

export type PersonMatch = 'exact' | 'similar' | 'surname';

/** True when the two sets of roles say these are different people: both known and nothing shared. */
export function affiliationsConflict(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((id) => b.includes(id));
}

/** "Sergei Lavrov" vs "Sergey Lavrov": same number of words (middle initials aside), each word compatible. */
export function similarPersonNames(a: string, b: string): boolean {
  const left = withoutMiddleInitials(personNameTokens(a));
  const right = withoutMiddleInitials(personNameTokens(b));
  if (left.length < 2 || left.length !== right.length) return false;
  return left.every((token, index) => tokensCompatible(token, right[index] ?? '', index === 0));
}

/** How `incoming` matches `known`, or null when they are not the same person by these rules. */
export function matchPerson(incoming: PersonToResolve, known: KnownPerson): PersonMatch | null {
  const incomingFull = fullNameForms(incoming.name, incoming.aliases);
  const knownFull = fullNameForms(known.name, known.aliases);
  const knownKeys = new Set(knownFull.map((form) => personNameTokens(form).join(' ')));
  if (incomingFull.some((form) => knownKeys.has(personNameTokens(form).join(' ')))) return 'exact';
  if (affiliationsConflict(incoming.affiliations, known.affiliations)) return null;
  if (incomingFull.some((form) => knownFull.some((other) => similarPersonNames(form, other)))) return 'similar';
  if (incomingFull.length === 0) {
    const surname = personNameTokens(incoming.name).at(-1);
    const knownSurnames = knownFull.map((form) => personNameTokens(form).at(-1));
    if (surname !== undefined && knownSurnames.some((other) => other !== undefined && transliterationKey(other) === transliterationKey(surname))) {
      return 'surname';
    }
  }
  return null;
}

/**
 * The known person `incoming` is, if any: an exact name first, then a spelling variant, then a bare surname
 * that only one candidate carries. Ties go to the smallest id so every run picks the same node.
 */
export function resolvePerson(incoming: PersonToResolve, candidates: readonly KnownPerson[]): KnownPerson | null {
  const byRank: Record<PersonMatch, KnownPerson[]> = { exact: [], similar: [], surname: [] };
  for (const candidate of candidates) {
    const match = matchPerson(incoming, candidate);
    if (match !== null) byRank[match].push(candidate);
  }
  const first = (list: KnownPerson[]): KnownPerson | null => [...list].sort((x, y) => x.id.localeCompare(y.id))[0] ?? null;
  if (byRank.exact.length > 0) return first(byRank.exact);
  if (byRank.similar.length > 0) return first(byRank.similar);
  return byRank.surname.length === 1 ? first(byRank.surname) : null;
}

/** The surname keys a lookup should search for this person: the last word of every form. */
export function surnameKeys(person: Pick<PersonToResolve, 'name' | 'aliases'>): string[] {
  const keys = new Set<string>();
  for (const form of [person.name, ...person.aliases]) {
    const last = personNameTokens(form).at(-1);
    if (last !== undefined) keys.add(last);
  }
  return [...keys];
}

function fullNameForms(name: string, aliases: readonly string[]): string[] {
  return [name, ...aliases].filter((form) => personNameTokens(form).length >= 2);
}

/** "George W. Bush" → ["george", "bush"]: a middle initial one source gives and another omits does not count. */
function withoutMiddleInitials(tokens: string[]): string[] {
  return tokens.filter((token, index) => index === 0 || token.length > 1);
}

function tokensCompatible(a: string, b: string, isFirstName: boolean): boolean {
  if (a === b) return true;
  // "J. Blinken" and "Antony Blinken": an initial agrees with a first name that starts with it.
  if (isFirstName && (a.length === 1 || b.length === 1)) return a[0] === b[0];
  const keyA = transliterationKey(a);
  const keyB = transliterationKey(b);
  if (keyA === keyB) return true;
  // Short words ("Un", "Il", "Yo") differ by one letter between different people; only long ones may.
  const shorter = Math.min(keyA.length, keyB.length);
  if (shorter < 4) return false;
  return distance(keyA, keyB) <= (shorter >= 8 ? 2 : 1);
}
