/**
 * The JSON Schema of the catalog's frameworks, artefacts and controls: the
 * entries of the assurance chain, with their states on the build date.
 */
import { artefactStatuses, artefactTypes, auditOpinions, subserviceMethods } from '../../schemas/artefacts.ts';
import { frameworkHolders, frameworkKinds, frameworkStatuses } from '../../schemas/frameworks.ts';
import { accessLevels, responsibilities } from '../../schemas/shared.ts';
import { evidenceStates, frameworkStandingTones } from '../graph/evidence-state.ts';
import type { ReportState } from '../graph/report-window.ts';
import { freshnessLabels, frameworkEvidenceLabels } from '../present/labels.ts';
import { customersParty, layerKinds, layerRoles } from './responsibility.ts';
import { boolean, countsOf, date, id, ids, integer, list, object, oneOf, text, texts, uri } from './schema-builders.ts';

const freshness = Object.keys(freshnessLabels);
const poolStates = Object.keys(frameworkEvidenceLabels);
const reportStates = ['current', 'bridge-needed', 'stale'] as const satisfies readonly ReportState[];
const party = (description: string) =>
  text(`${description}: \`organisation\`, or a provider's id (a key of \`providers\`).`);
const page = uri("The address of the entry's page on the site.");
const aliases = texts('Other names people search for.');
const layerTitle = text('The two parties as the site names the layer: `Microsoft · Kestrel Ledger`.');

const requirement = object(
  "A requirement of the framework, in the framework's order.",
  {
    id: text('Its id, as the framework numbers it (`cc6.1`, `ac-2.1`); for an OSCAL framework, the control id.'),
    label: text('Its label as the framework prints it (`CC6.1`, `AC-2(1)`).'),
    title: text('Its short title.'),
    url: uri("Its row on the framework's coverage pages."),
    controls: ids('controls', 'The controls mapped to it.'),
  },
  { description: text('What it asks for.') },
);

export const frameworkSchema = object(
  'A framework: a certification, attestation, law, regulation or government authorisation.',
  {
    id: id('frameworks', 'Its id.'),
    url: page,
    title: text('Its full name.'),
    aliases,
    kind: oneOf(frameworkKinds, 'What kind of obligation it is.'),
    authority: text('The body that owns it.'),
    jurisdictions: texts('Where it applies.'),
    industries: texts('The industries it matters to.'),
    summary: text('What it is and what meeting it means.'),
    holder: oneOf(frameworkHolders, 'Who holds it, as written.'),
    status: oneOf(frameworkStatuses, 'Whether it is met now, being worked towards or dropped.'),
    requirements: list(requirement, 'Its requirements, when the framework lists them.'),
    holding: object('Who holds it, worked out from `holder` and the evidence.', {
      organisation: boolean('Whether the organisation holds it itself.'),
      providers: ids('providers', 'The providers it is inherited from.'),
      text: text('The same in words: `Held by …`, `Inherited from …`.'),
    }),
    standing: oneOf(Object.keys(frameworkStandingTones), 'Whether its evidence bears out its status on `asOf`.'),
    evidenceState: oneOf(poolStates, 'The best state of the artefacts naming it.'),
    claimedWithoutEvidence: boolean('Whether the organisation claims it with no usable artefact of its own.'),
    coverage: object('How its requirements and controls are covered on `asOf`.', {
      url: uri('Its coverage pages.'),
      requirements: object('Requirements listed, mapped to a control, and mapped to an evidenced control.', {
        total: integer('Requirements listed.'),
        mapped: integer('Requirements with a control.'),
        evidenced: integer('Requirements with a control evidenced by current or expiring artefacts.'),
      }),
      controlsByLayer: list(
        object('The controls mapped to it in one layer of shared responsibility.', {
          operator: party('Who runs the services of the layer'),
          title: layerTitle,
          total: integer('Controls mapped to it in the layer.'),
          byResponsibility: countsOf(responsibilities, 'Those controls, by which side of the layer carries them out.'),
          byEvidence: countsOf(evidenceStates, 'Those controls, by evidence state.'),
        }),
        'Controls mapped to it, counted layer by layer, from the provider down; never added across layers.',
      ),
      artefactsByFreshness: countsOf(freshness, 'Artefacts it relies on, by freshness.'),
    }),
    controls: ids('controls', 'The controls mapped to it.'),
    artefacts: ids('artefacts', 'The artefacts that name it.'),
    evidence: ids('artefacts', 'Every artefact it relies on: those naming it and those its controls cite.'),
    scenarios: ids('scenarios', 'The scenarios about it.'),
  },
  {
    shortName: text('The short name lists and badges show.'),
    since: date('The day it was first met.'),
    until: date('The day it stopped being met.'),
    website: uri("The framework owner's page."),
    oscalSource: uri('The OSCAL catalog or profile its requirement ids come from.'),
  },
);

const reportWindow = object('For an audit report without `validUntil`: its window of reliance on `asOf`.', {
  state: oneOf(reportStates, 'Where the window stands.'),
  coveredThrough: date('The last day the report, or a bridge letter, speaks for.'),
  uncoveredDays: integer('Days since `coveredThrough` that nothing covers.'),
  bridgeDue: date('The last day before a bridge letter is needed.'),
  reliedOnUntil: date('The last day the report is relied on at all.'),
  bridgedBy: ids('artefacts', 'The bridge letters that extend it.'),
});

const subservice = object(
  'A subservice organisation an audit report names, and how the report treats its controls.',
  {
    method: oneOf(subserviceMethods, '`carved-out` (left to its own reports) or `inclusive` (tested in this report).'),
    reports: ids(
      'artefacts',
      "The reports on this site that cover its controls: those the report names, or else the provider's audit " +
        'reports that no newer edition replaces, on the report’s own frameworks when it has any.',
    ),
  },
  { provider: id('providers', 'The provider, when it is one of the site.'), name: text('Its name, otherwise.') },
);

export const artefactSchema = object(
  'An artefact: an audit report, certificate, attestation, letter, policy or paper.',
  {
    id: id('artefacts', 'Its id.'),
    url: page,
    title: text('Its full name.'),
    aliases,
    type: oneOf(artefactTypes, 'What kind of document it is.'),
    publisher: party('Who published it'),
    publisherName: text("The publisher's name."),
    summary: text('What it covers.'),
    frameworks: ids('frameworks', 'The frameworks it is evidence for.'),
    services: ids('services', 'The services in its scope.'),
    bridges: ids('artefacts', 'For a bridge letter: the audit reports it bridges.'),
    access: oneOf(accessLevels, 'Who may read it.'),
    status: oneOf(artefactStatuses, 'Its status, as written.'),
    freshness: oneOf(freshness, 'Where it stands on `asOf`, its status and dates taken together.'),
    editionOverdue: boolean('Whether its next edition was expected before `asOf` and nothing replaces it.'),
    replaces: ids('artefacts', 'The artefacts it replaces.'),
    subserviceOrganisations: list(subservice, 'For an audit report: the subservice organisations it names.'),
    cuecs: ids('controls', "For an audit report: its complementary user entity controls, the customer's it relies on."),
    controls: ids('controls', 'The controls it evidences.'),
    scenarios: ids('scenarios', 'The scenarios whose evidence pack includes it.'),
  },
  {
    issuer: text('The auditor or body that issued it.'),
    auditPeriod: object('The period the auditor examined.', {
      start: date('Its first day.'),
      end: date('Its last day.'),
    }),
    issued: date('The day it was issued.'),
    validUntil: date('The last day it is valid.'),
    nextExpected: date('When its next edition is expected.'),
    reportWindowMonths: integer("Months after its period ends that it is relied on, overriding the site's."),
    coversThrough: date('For a bridge letter: the last day it covers.'),
    opinion: oneOf(auditOpinions, "For an audit report: the auditor's opinion; only where the report may be read."),
    exceptions: integer('For an audit report: the exceptions the auditor noted; only where the report may be read.'),
    score: {
      type: 'number',
      minimum: 0,
      maximum: 100,
      description: 'For an assessment: its score in percent; ' + 'only where the assessment may be read.',
    },
    scoredOn: date('For an assessment: the day its score was taken; only with `score`.'),
    withdrawn: date('The day it was withdrawn.'),
    accessNote: text('How to obtain it when gated.'),
    source: uri('Where it is published.'),
    fileUrl: uri('Its file on this site; only when this build publishes it.'),
    supersedes: id('artefacts', 'The older artefact it replaces.'),
    supersededBy: id('artefacts', 'The newer artefact that replaces it.'),
    internalNote: text('A note for the internal build only; never in the public export.'),
    window: reportWindow,
  },
);

const side = object(
  'One side of a layer of responsibility.',
  {
    parties: list(
      text('A party id.'),
      `Who: \`organisation\`, a provider's id, or \`${customersParty}\` for the organisation's own customers.`,
    ),
    name: text('Their name, as the site gives it.'),
  },
  { part: text('What this side does.') },
);

export const controlSchema = object(
  'A shared-responsibility control.',
  {
    id: id('controls', 'Its id.'),
    url: page,
    title: text('What it achieves.'),
    aliases,
    domain: text('The area it belongs to.'),
    responsibility: oneOf(responsibilities, 'Who carries it out, as written.'),
    services: ids('services', 'The services it applies to.'),
    mappings: list(
      object('Its link to one framework.', {
        framework: id('frameworks', 'The framework.'),
        requirements: texts('The requirement ids it addresses; none means the framework as a whole.'),
      }),
      'The framework requirements it addresses.',
    ),
    evidence: ids('artefacts', 'The artefacts that prove it operates.'),
    layers: list(
      object('One layer: who runs the service, who uses it, and what each does.', {
        layer: oneOf(layerKinds, 'Between whom the layer divides the work.'),
        title: layerTitle,
        responsibility: oneOf(responsibilities, 'Which side carries it out in this layer.'),
        provider: side,
        customer: side,
      }),
      'Its responsibility, layer by layer, from the provider down.',
    ),
    evidenceState: oneOf(evidenceStates, 'How well it is evidenced on `asOf`.'),
    evidenceSides: list(
      object('The evidence of one side of a shared control.', {
        party: oneOf(layerRoles, 'Which side.'),
        state: oneOf(poolStates, "The best state of that side's artefacts."),
        artefacts: ids('artefacts', "That side's artefacts."),
      }),
      "For a shared control on a provider's service: each side's evidence; empty otherwise.",
    ),
    reviewOverdue: boolean('Whether its review is overdue on `asOf`, or it was never reviewed.'),
  },
  {
    providerPart: text('What the operator of the service does.'),
    customerPart: text('What the customer of the service does.'),
    lastReviewed: date('The day it was last reviewed.'),
    reviewDue: date('The day its next review is due.'),
    owner: text('The team that owns it.'),
    internalNote: text('A note for the internal build only; never in the public export.'),
  },
);
