/**
 * Whether an ISO `YYYY-MM-DD` names a day of the calendar: `2022-02-28` does, `0000-00-00`, `2022-13-45`
 * and `2022-02-30` do not. Scraped pages carry such placeholders; taken as dates they would roll over into
 * real ones ("2022-13-45" read as 2023-02-14) when relative dates are resolved against them.
 */
export function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
