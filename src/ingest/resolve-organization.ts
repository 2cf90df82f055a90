/**
 * One Organization across its names: "U.N.", "UN" and "United Nations" meet when any name or alias of one
 * has the same key as any of the other's.
 */
import type { KnownOrganization } from '../domain/entity-lookup.ts';
import { organizationKey } from '../domain/name-keys.ts';

export interface OrganizationToResolve {
  name: string;
  aliases: string[];
}

export function organizationKeys(organization: OrganizationToResolve): string[] {
  return [...new Set([organization.name, ...organization.aliases].map(organizationKey).filter((key) => key !== ''))];
}

/** The known organization with a name in common, the smallest id first so every run picks the same one. */
export function resolveOrganization(incoming: OrganizationToResolve, candidates: readonly KnownOrganization[]): KnownOrganization | null {
  const keys = new Set(organizationKeys(incoming));
  const matches = candidates.filter((candidate) => organizationKeys(candidate).some((key) => keys.has(key)));
  return matches.sort((a, b) => a.id.localeCompare(b.id))[0] ?? null;
}
