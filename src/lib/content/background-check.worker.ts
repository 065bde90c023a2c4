/**
 * The worker thread of the background content check: checks the content and,
 * when it is valid, works out the attention report from the same entries.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatAttentionReport, getCheckedAttention } from '../build/attention-summary.ts';
import { formatDraftsReport } from '../drafts/drafts.ts';
import type { BackgroundCheckOutcome, BackgroundCheckRequest } from './background-check.ts';
import { buildGraphFromCheck } from './checked-graph.ts';
import { checkContent } from './check.ts';

const { contentDir, root, today, audience } = workerData as BackgroundCheckRequest;
const started = performance.now();
const result = checkContent(contentDir, root);
const checked = buildGraphFromCheck(result, today);
const attention = checked && getCheckedAttention(checked, audience);
const outcome: BackgroundCheckOutcome = {
  problems: result.problems,
  entryCount: result.entries.length,
  attention: attention ? formatAttentionReport(attention.sections, attention.files, attention) : [],
  drafts: checked ? formatDraftsReport(checked.drafts, checked.files) : [],
  milliseconds: Math.round(performance.now() - started),
};
parentPort!.postMessage(outcome);
