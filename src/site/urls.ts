/** Every public URL in one place, root-relative (src/build/links.ts adds PATH_PREFIX). */

const pad2 = (n: number): string => String(n).padStart(2, '0');

export const articleUrl = (id: string): string => `/artikelen/${id}/`;
export const personUrl = (slug: string): string => `/personen/${slug}/`;
export const yearUrl = (year: number): string => `/${year}/`;
export const monthUrl = (year: number, month: number): string => `/${year}/${pad2(month)}/`;
export const monthAnchor = (year: number, month: number | null): string =>
  month === null ? `maand-${year}-onbekend` : `maand-${year}-${pad2(month)}`;
export const articleAnchor = (id: string): string => `a-${id}`;
export const milestoneAnchor = (date: string): string => `mijlpaal-${date}`;

/** Page n (1-based) of a paginated listing: page 1 is the base URL itself. */
export const pagedUrl = (base: string, page: number): string => (page <= 1 ? base : `${base}${page}/`);

/** Entries per page on person, month, Overig and Datum-onbekend listings (keeps pages far below 1 MB). */
export const LIST_PAGE_SIZE = 400;

/** The page of a paginated listing that holds item number `index` (0-based). */
export const pageOf = (base: string, index: number): string => pagedUrl(base, Math.floor(index / LIST_PAGE_SIZE) + 1);
