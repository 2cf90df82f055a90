/** Stable, readable node ids: `person:sergey-lavrov`, `country:RU`, `org:nato`, `location:geneva-ch`. */

/** Lower-case ASCII slug: accents folded, anything else becomes one dash ("Sergey Lavrov" → "sergey-lavrov"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function personId(name: string): string {
  return `person:${slug(name)}`;
}

export function countryId(iso2: string): string {
  return `country:${iso2.toUpperCase()}`;
}

export function organizationId(name: string): string {
  return `org:${slug(name)}`;
}

/** `location:geneva-ch`; the country code keeps apart places that share a name. */
export function locationId(name: string, iso2: string | null): string {
  return iso2 ? `location:${slug(name)}-${iso2.toLowerCase()}` : `location:${slug(name)}`;
}
