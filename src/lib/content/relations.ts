import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName, EntryReference } from '../../schemas/shared.ts';
import type { Site } from '../../schemas/site.ts';
import type { CheckedEntry, SourceEntry } from './entry-files.ts';
import { dayOfId } from './entry-files.ts';
import { locateField } from './front-matter.ts';
import { formatFieldPath, type Problem } from './problems.ts';
import { suggest } from './suggest.ts';
import { getPartyIds } from '../present/parties.ts';
import { checkLayer } from '../responsibility/layer-check.ts';
import { isDraft } from '../drafts/drafts.ts';

/** The field of an entry that names a party: `organisation` or the id of a provider listed in `site.yaml`. */
export const partyFields: Partial<Record<CollectionName, string>> = { artefacts: 'publisher', services: 'operator' };

/**
 * Rules that need more than one entry: parties named in `site.yaml`, requirement
 * ids, the layer of each control, succession, bridge letters, subservice organisations and
 * files. Parties, requirement ids and subservice organisations are read from the raw front
 * matter, so they are reported even when the entry has other problems.
 */
export function checkRelations(
  sources: readonly SourceEntry[],
  entries: readonly CheckedEntry[],
  site: Site | undefined,
  contentDir: string,
): Problem[] {
  const problems: Problem[] = [];
  const sourceByFile = new Map(sources.map((source) => [source.file, source]));
  const report = (entry: { file: string }, path: readonly PropertyKey[], message: string) => {
    const source = sourceByFile.get(entry.file);
    problems.push({
      file: entry.file,
      line: source && locateField(source, path),
      field: formatFieldPath(path),
      message,
    });
  };
  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const parties = getPartyIds(site);
  const publishers = new Map(
    sources
      .filter((source) => source.collection === 'artefacts')
      .map((source) => [source.id, (source.data as { publisher?: unknown } | undefined)?.publisher]),
  );

  for (const source of sources) {
    const raw = (typeof source.data === 'object' && source.data !== null ? source.data : {}) as Record<string, unknown>;
    const partyField = partyFields[source.collection];
    const party = partyField ? raw[partyField] : undefined;
    if (partyField && site && typeof party === 'string' && party !== '' && !parties.includes(party)) {
      const closest = suggest(party, parties);
      const byName = site.providers.find((provider) => provider.name.toLowerCase() === party.toLowerCase())?.id;
      const hint =
        party.toLowerCase() === site.name.toLowerCase()
          ? ` ${site.name} itself is \`organisation\`: write \`${partyField}: organisation\`.`
          : byName || closest
            ? ` Did you mean \`${byName ?? closest}\`?`
            : ' Add the provider to `providers` in `content/site.yaml`.';
      report(
        source,
        [partyField],
        `Found \`${party}\`, which is neither \`organisation\` nor a provider listed in \`content/site.yaml\` ` +
          `(${parties.map((p) => `\`${p}\``).join(', ')}).${hint}`,
      );
    }

    if (source.collection === 'artefacts' && site) checkSubservices(source, raw, publishers, site, report);

    if (source.collection === 'controls' && Array.isArray(raw.mappings)) {
      raw.mappings.forEach((mapping: unknown, mappingIndex) => {
        const { framework: frameworkId, requirements } = (mapping ?? {}) as {
          framework?: unknown;
          requirements?: unknown;
        };
        if (typeof frameworkId !== 'string' || !Array.isArray(requirements)) return;
        const framework = byKey.get(`frameworks/${frameworkId}`);
        const listed =
          (framework?.data.requirements as { id: string }[] | undefined)?.map((requirement) => requirement.id) ?? [];
        if (listed.length === 0) return;
        requirements.forEach((value: unknown, requirementIndex) => {
          if (typeof value !== 'string') return;
          const requirementId = value.trim().toLowerCase();
          if (listed.includes(requirementId)) return;
          // A requirement of another framework is mapped under the wrong one, not misspelt.
          const elsewhere = entries.find(
            (entry) =>
              entry.collection === 'frameworks' &&
              (entry.data.requirements as { id: string }[] | undefined)?.some(({ id }) => id === requirementId),
          );
          const closest = elsewhere ? undefined : suggest(requirementId, listed);
          const hint = elsewhere
            ? `It is one of \`${elsewhere.id}\`: map it under \`framework: ${elsewhere.id}\`, or remove it.`
            : closest
              ? `Did you mean \`${closest}\`?`
              : `Use one of the ids listed under \`requirements\` in \`${framework!.file}\`, or add the requirement ` +
                `there.`;
          report(
            source,
            ['mappings', mappingIndex, 'requirements', requirementIndex],
            `Found \`${value}\`, which is not a requirement of the framework \`${frameworkId}\`. ${hint}`,
          );
        });
      });
    }
  }

  for (const entry of entries) {
    const data = entry.data;
    if (entry.collection === 'controls') checkLayer(entry, byKey, site, report);
    // An update's file is named for its day (`2026-02-01-soc-2-report.md`): a name and a date that disagree mean one
    // of them was not changed when the update was copied from another.
    const named = entry.collection === 'updates' ? dayOfId(entry.id) : undefined;
    if (named && typeof data.date === 'string' && data.date !== named) {
      report(
        entry,
        ['date'],
        `Found \`${data.date}\`, but the file name says \`${named}\`. Correct the one that is wrong.`,
      );
    }
    if (entry.collection === 'artefacts') {
      checkSuccession(entry, byKey, report);
      checkBridges(entry, byKey, report);
      const file = data.file as string | undefined;
      if (file && !existsSync(join(contentDir, 'files', file))) {
        report(
          entry,
          ['file'],
          `Found \`${file}\`, but there is no file \`content/files/${file}\`. Add the file there, or correct the name.`,
        );
      }
    }
  }
  return problems;
}

function checkSuccession(
  entry: CheckedEntry,
  byKey: ReadonlyMap<string, CheckedEntry>,
  report: (entry: { file: string }, path: readonly PropertyKey[], message: string) => void,
): void {
  const successor = entry.data.supersededBy as EntryReference | undefined;
  const predecessor = entry.data.supersedes as EntryReference | undefined;
  if (successor?.id === entry.id) {
    report(
      entry,
      ['supersededBy'],
      `An artefact cannot supersede itself. Name the newer artefact that replaces \`${entry.id}\`.`,
    );
  }
  if (predecessor?.id === entry.id) {
    report(
      entry,
      ['supersedes'],
      `An artefact cannot supersede itself. Name the older artefact that \`${entry.id}\` replaces, or remove ` +
        `\`supersedes\`.`,
    );
  }
  // A draft edition replaces nothing yet: the older one says so when the new one is published.
  if (predecessor && predecessor.id !== entry.id && !isDraft(entry.data)) {
    const older = byKey.get(`artefacts/${predecessor.id}`);
    const olderSuccessor = older?.data.supersededBy as EntryReference | undefined;
    if (older && (older.data.status !== 'superseded' || olderSuccessor?.id !== entry.id)) {
      report(
        entry,
        ['supersedes'],
        `This artefact supersedes \`${predecessor.id}\`, but \`${older.file}\` does not say so. In that file set ` +
          `\`status: superseded\` and \`supersededBy: ${entry.id}\`.`,
      );
    }
  }
}

/** A bridge letter names audit reports, and covers through a day after each one's period ends. */
function checkBridges(
  entry: CheckedEntry,
  byKey: ReadonlyMap<string, CheckedEntry>,
  report: (entry: { file: string }, path: readonly PropertyKey[], message: string) => void,
): void {
  const bridged = (entry.data.bridges ?? []) as EntryReference[];
  const coversThrough = entry.data.coversThrough as string | undefined;
  bridged.forEach((reference, index) => {
    const bridgedEntry = byKey.get(`artefacts/${reference.id}`);
    if (!bridgedEntry) return;
    if (bridgedEntry.data.type !== 'audit-report') {
      report(
        entry,
        ['bridges', index],
        `Found \`${reference.id}\`, which is of type \`${String(bridgedEntry.data.type)}\`, not an audit report. ` +
          "A bridge letter extends an audit report's period; name the audit report it bridges.",
      );
      return;
    }
    const periodEnd = (bridgedEntry.data.auditPeriod as { end?: string } | undefined)?.end;
    if (coversThrough && periodEnd && coversThrough <= periodEnd) {
      report(
        entry,
        ['coversThrough'],
        `\`coversThrough\` (\`${coversThrough}\`) is not after the end of \`${reference.id}\`'s audit period ` +
          `(\`${periodEnd}\`), so the letter covers nothing the report does not. ` +
          'Set it to the last day the letter covers.',
      );
    }
  });
}

/**
 * A subservice organisation named as a provider is one of `site.yaml`'s, and the reports named for it are ones it
 * publishes. Read from the raw front matter, so it is reported even when the report has other problems.
 */
function checkSubservices(
  source: SourceEntry,
  raw: Record<string, unknown>,
  publishers: ReadonlyMap<string, unknown>,
  site: Site,
  report: (entry: { file: string }, path: readonly PropertyKey[], message: string) => void,
): void {
  if (!Array.isArray(raw.subserviceOrganisations)) return;
  const providers = site.providers.map((provider) => provider.id);
  raw.subserviceOrganisations.forEach((organisation: unknown, index) => {
    const { provider, reports } = (organisation ?? {}) as { provider?: unknown; reports?: unknown };
    if (typeof provider !== 'string') return;
    if (!providers.includes(provider)) {
      const closest = suggest(provider, providers);
      report(
        source,
        ['subserviceOrganisations', index, 'provider'],
        `Found \`${provider}\`, which is not a provider listed in \`content/site.yaml\`` +
          (providers.length > 0 ? ` (${providers.map((id) => `\`${id}\``).join(', ')}).` : '.') +
          (closest ? ` Did you mean \`${closest}\`?` : '') +
          ' For an organisation not listed there, write `name: <its name>` instead of `provider`.',
      );
      return;
    }
    if (!Array.isArray(reports)) return;
    reports.forEach((id: unknown, reportIndex) => {
      const publisher = typeof id === 'string' ? publishers.get(id) : undefined;
      // A report whose own publisher is not a known party is reported in its own file.
      if (typeof publisher !== 'string' || !getPartyIds(site).includes(publisher) || publisher === provider) return;
      report(
        source,
        ['subserviceOrganisations', index, 'reports', reportIndex],
        `Found \`${String(id)}\`, which \`${publisher}\` publishes, not \`${provider}\`. ` +
          `Name a report \`${provider}\` publishes, or correct \`provider\`.`,
      );
    });
  });
}
