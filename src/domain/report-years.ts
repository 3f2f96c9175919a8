// Which year's report the app shows: the year a link asks for when the index has it, otherwise the latest.

export interface ShownYear {
  year: number;
  /** The year the link asked for when the index does not have it (the app says so), else null. */
  missing: number | null;
}

/**
 * The year to show. `requested` comes from `?jaar=`, `years` from data/jaren.json (null while it loads or when it
 * failed), `builtIn` is the latest year when the page was built (index.html). Without the index a requested year is
 * trusted: its files say soon enough whether it exists. Null only when nothing names a year yet.
 */
export function shownYear(
  requested: number | null,
  years: readonly number[] | null,
  builtIn: number | null,
): ShownYear | null {
  if (!years || years.length === 0) {
    const year = requested ?? builtIn;
    return year === null ? null : { year, missing: null };
  }
  const latest = Math.max(...years);
  if (requested === null) return { year: latest, missing: null };
  return years.includes(requested) ? { year: requested, missing: null } : { year: latest, missing: requested };
}

/** The year before `year` in the index (not necessarily `year - 1`: a year may be missing), or null. */
export function previousYear(years: readonly number[] | null, year: number): number | null {
  const earlier = (years ?? []).filter((y) => y < year);
  return earlier.length > 0 ? Math.max(...earlier) : null;
}

/** The year a link should carry: none for the latest (the default), none for a year the index lacks. */
export function yearInUrl(requested: number | null, years: readonly number[] | null): number | null {
  if (requested === null || !years) return requested;
  return years.includes(requested) && requested !== Math.max(...years) ? requested : null;
}
