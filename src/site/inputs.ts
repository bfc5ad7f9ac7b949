/** Shapes the site reads from its neighbours (tagging data, milestones). */
export type { Milestone } from './milestones.ts';

/** What the site needs of a gazetteer person (structurally satisfied by tag.ts `PersonEntry`). */
export interface PersonInfo {
  name: string;
  /** The person page slug; defaults to slugify(name). */
  slug?: string;
  /** Dutch, e.g. `president van de Verenigde Staten`. */
  role?: string;
}
