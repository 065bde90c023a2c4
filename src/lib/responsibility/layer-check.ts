import type { EntryReference } from '../../schemas/shared.ts';
import type { Site } from '../../schemas/site.ts';
import type { CheckedEntry } from '../content/entry-files.ts';
import { getPartyIds, getPartyName } from '../present/parties.ts';

/**
 * A control sits in one layer of shared responsibility, between the operator of
 * its services and that operator's customer; services run by different operators
 * would mix two layers, whose parties differ, in one control.
 */
export function checkLayer(
  entry: CheckedEntry,
  byKey: ReadonlyMap<string, CheckedEntry>,
  site: Site | undefined,
  report: (entry: { file: string }, path: readonly PropertyKey[], message: string) => void,
): void {
  const services = (entry.data.services ?? []) as EntryReference[];
  if (services.length === 0) {
    report(
      entry,
      ['services'],
      'A control names the services it applies to: their operator decides whom its responsibility is shared ' +
        'between. Add `services: [<id of a service>]`.',
    );
    return;
  }
  const byOperator = new Map<string, string[]>();
  // A service whose operator is not a known party is reported in its own file; its controls wait for the fix.
  const parties = getPartyIds(site);
  for (const reference of services) {
    const operator = byKey.get(`services/${reference.id}`)?.data.operator;
    if (typeof operator !== 'string' || !parties.includes(operator)) return;
    byOperator.set(operator, [...(byOperator.get(operator) ?? []), reference.id]);
  }
  if (byOperator.size < 2) return;
  const name = (operator: string) => (site ? getPartyName(site, operator) : operator);
  const found = [...byOperator].map(
    ([operator, ids]) => `${ids.map((id) => `\`${id}\``).join(', ')} run by ${name(operator)} (\`${operator}\`)`,
  );
  report(
    entry,
    ['services'],
    `Found services with different operators: ${found.join('; ')}. A control sits in one layer of shared ` +
      "responsibility, between a service's operator and its customer, so it cannot span two. Split it into " +
      'one control per operator, each naming only the services that operator runs.',
  );
}
