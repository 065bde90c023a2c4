import { perGraph } from '../graph/memo.ts';
import { getArtefactEvents } from './artefact-events.ts';
import { collectEvents, type ChangeEvent, type EventSource } from './events.ts';
import { getFrameworkEvents } from './framework-events.ts';
import { getSubprocessorEvents } from './subprocessor-events.ts';
import { getUpdateEvents } from './update-events.ts';

/** Every source of the feeds' events: a new kind of dated content adds its source here. */
export const eventSources: readonly EventSource[] = [
  getUpdateEvents,
  getArtefactEvents,
  getFrameworkEvents,
  getSubprocessorEvents,
];

/** Every event of the site, newest first, worked out once per graph. */
export const getChangeEvents = perGraph<ChangeEvent[], void>((graph) => collectEvents(graph, eventSources));

/** The events that concern each framework, newest first, by framework id, indexed once per graph. */
export const getEventsByFramework = perGraph<Map<string, ChangeEvent[]>, void>((graph) => {
  const byFramework = new Map<string, ChangeEvent[]>();
  for (const event of getChangeEvents(graph)) {
    for (const id of event.frameworks) {
      const events = byFramework.get(id);
      if (events) events.push(event);
      else byFramework.set(id, [event]);
    }
  }
  return byFramework;
});
