import type { AssuranceGraph } from '../graph/assurance-graph.ts';
import { addDays } from '../graph/dates.ts';

/**
 * One dated change the feeds announce: an update, or an event the content implies, such as
 * an artefact published or expired or a framework added. Every date comes from the content,
 * never from the build, so the feeds of the same content are the same bytes.
 */
export interface ChangeEvent {
  /** Unique and stable across builds: `updates/<id>`, or `artefacts/<id>/published`. */
  key: string;
  /** The day it happened, `YYYY-MM-DD`. */
  date: string;
  /** What kind of change it is, in words: `Incident`, `Artefact published`. */
  label: string;
  /** The headline. */
  title: string;
  /** One or two sentences of plain text on what changed. */
  summary: string;
  /** Further facts in plain text, such as an incident's customer impact. */
  details: { label: string; text: string }[];
  /** The page of the site it links to. */
  href: string;
  /** The frameworks it concerns, by id: each framework's own feed carries it. */
  frameworks: string[];
  /**
   * The entries it is about, keyed `collection/id`. An event a source derives is left out when an update
   * names one of its entries within `announcementDays` after it: the update announces it, in the writer's words.
   */
  subjects: string[];
  /** Whether a writer wrote it (an update), rather than a source derived it from the content. */
  written?: boolean | undefined;
}

/** Works out the events of one kind of content; sources are listed in `sources.ts`. */
export type EventSource = (graph: AssuranceGraph) => ChangeEvent[];

/** How many days after an event an update naming its entry counts as announcing it. */
export const announcementDays = 7;

/**
 * Every event of the sources up to the build date, newest first (then by key), without the derived events an
 * update announces; the announcing update takes on their frameworks, so each framework's feed still has it.
 */
export function collectEvents(graph: AssuranceGraph, sources: readonly EventSource[]): ChangeEvent[] {
  // A derived event dated after the build date has not happened yet; an update is published as written.
  const events = sources
    .flatMap((source) => source(graph))
    .filter((event) => event.written || event.date <= graph.today);
  // Each written update, indexed by the entries it names, so each derived event looks up only its own.
  const updatesBySubject = new Map<string, ChangeEvent[]>();
  for (const update of events.filter((event) => event.written)) {
    for (const subject of update.subjects) {
      const updates = updatesBySubject.get(subject);
      if (updates) updates.push(update);
      else updatesBySubject.set(subject, [update]);
    }
  }
  const kept = events.filter((event) => {
    if (event.written) return true;
    const until = addDays(event.date, announcementDays);
    const announcing = new Set(
      event.subjects.flatMap((subject) =>
        (updatesBySubject.get(subject) ?? []).filter((update) => update.date >= event.date && update.date <= until),
      ),
    );
    for (const update of announcing) {
      update.frameworks = [...new Set([...update.frameworks, ...event.frameworks])];
    }
    return announcing.size === 0;
  });
  return kept.sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}
