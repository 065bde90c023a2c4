import type { CollectionName } from '../../schemas/shared.ts';
import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { sectionId } from '../present/urls.ts';
import { getRelation, type RelationOwner } from '../present/relations.ts';
import { type ListItem } from '../present/list-items.ts';
import type { SearchAttributes } from '../search/attributes.ts';
import type { FeedLink } from '../feeds/files.ts';
import type { EntryHistory } from '../history/entry-history.ts';

/** What a page gives the layout. */
export interface PageMeta {
  /** The page's own title; the site title is appended. */
  title: string;
  /** One sentence for search engines and link previews. */
  description?: string | undefined;
  /** The top-level section this page belongs to, marked as current in the navigation. */
  section?: string | undefined;
  /** Makes the page's main content searchable, with these facets; pages without it are not indexed. */
  search?: SearchAttributes | undefined;
  /** Feeds of this page's subject, announced in its head beside the site's own, such as a framework's. */
  feeds?: FeedLink[] | undefined;
  /** For an entry's page, when `site.yaml` names the repository: its edit link and its history from git. */
  history?: EntryHistory | undefined;
  /** Marks the page as a draft's with a banner; only `npm run dev` renders drafts' pages. */
  draft?: boolean | undefined;
}

/** The heading of a page: its title, with the line above and the lead below. */
export interface PageHeading {
  /** Small text above the title, such as the collection. */
  eyebrow?: string | undefined;
  title: string;
  /** A sentence or two under the title. */
  lead?: string | undefined;
  /** Other names of the entry; shown, and weighted in search so `SOC2` finds `SOC 2`. */
  aliases?: string[] | undefined;
  /** States of the entry, shown as badges under the title. */
  badges?: BadgeData[] | undefined;
  /** For an entry's page: the entry in the catalog export, linked from the heading. */
  exportHref?: string | undefined;
}

/** A state shown as a badge. */
export interface BadgeData {
  /** Machine value, used for the colour class, such as `expiring`. */
  value: string;
  /** The text shown, so the state never relies on colour alone. */
  label: string;
  /** Optional text for assistive technology naming what the badge is about, such as `Status:`. */
  prefix?: string | undefined;
}

/** One fact of an entry, shown in its facts list. */
export interface Fact {
  label: string;
  /** Plain text value; facts without a value are left out. */
  value?: string | undefined;
  /** Makes the value a link. */
  href?: string | undefined;
  /** Search weight of the value (1–10), for identifiers people type, such as an entry's id. */
  weight?: number | undefined;
  /**
   * Whether search indexes the fact. Dates are left out, and lists of related
   * entries such as services, as elsewhere: every distinct word a page adds grows
   * the index, nobody finds a page by the day it was issued (search sorts by
   * dates instead), and a related entry is found on its own page.
   */
  indexed?: boolean | undefined;
}

/** The Markdown body of an entry, rendered by the page, or the reason it is withheld. */
export interface EntryBody {
  collection: CollectionName;
  id: string;
  /** Shown instead of the body when the audience may not read it. */
  withheld?: string | undefined;
}

/** A section listing related entries, with a link to the full list when long. */
export interface RelationSection {
  /** Id of the section heading. */
  id: string;
  title: string;
  /** A sentence shown before the list. */
  intro?: string | undefined;
  items: ListItem[];
  /** Shown instead of the list when it is empty. */
  empty?: string | undefined;
  /** A link to the full list, when only the first entries are shown. */
  more?: { count: number; href: string } | undefined;
  /** Links shown after the list, such as to a page with more. */
  links?: LinkData[] | undefined;
  /** Whether search indexes the section; lists of related entries are left out, as they name other pages. */
  indexed?: boolean | undefined;
}

/** A count shown large, with what it counts. */
export interface Stat {
  count: number;
  label: string;
  /** Makes the label a link. */
  href?: string | undefined;
}

/** A link in a line of links. */
export interface LinkData {
  href: string;
  label: string;
}

/** The first entries of one relation of an entry, as a section headed `section`. */
export function getRelationSection(
  graph: AssuranceGraph,
  owner: RelationOwner,
  id: string,
  relation: 'controls' | 'artefacts' | 'frameworks',
  section: string,
  empty: string,
): RelationSection {
  return { id: sectionId(section), ...getRelation(graph, owner, id, relation), empty };
}
