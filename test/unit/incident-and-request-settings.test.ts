import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { RequestActionSchema } from '../../src/schemas/site.ts';
import { brokenContent, editedContent } from '../fixtures/content-sets.ts';

/** Checks a broken fixture and returns the report a writer would read. */
function report(name: string): string {
  const content = brokenContent(name);
  return formatProblems(checkContent(content, join(content, '..')).problems);
}

describe('the content check of incidents', () => {
  test('errors on an incident without impact, resolution or services, resolved before it began', () => {
    expect(report('incident-incomplete')).toBe(
      [
        'The content has 5 problems. Fix them and run the check again.',
        '',
        'content/updates/2026-02-01-soc-2-report.md',
        '  line 7, `impact`: Only an incident names `impact`, and this update is of kind `report-published`. ' +
          'Remove `impact`, or set `kind: incident`.',
        '',
        'content/updates/2026-03-02-login-outage.md',
        '  line 2, `impact`: An incident needs `impact`. Add `impact:` with what customers saw or could not do.',
        '  line 2, `resolution`: An incident needs `resolution`. Add `resolution:` with what was done to restore ' +
          'service and to prevent it happening again.',
        '  line 2, `services`: An incident names the services it affected. Add `services: [<id of the service>]`.',
        '  line 6, `resolved`: `resolved` (`2026-03-01`) is before `date` (`2026-03-02`), the day the incident ' +
          'began. Correct one of the two dates.',
      ].join('\n'),
    );
  });

  test('accepts a complete incident', () => {
    const content = editedContent({
      'updates/2026-02-01-soc-2-report.md': (text) =>
        text
          .replace('kind: report-published', 'kind: incident')
          .replace('artefacts: [soc-2-report]', 'services: [app]\nimpact: Slow pages.\nresolution: Scaled up.'),
    });
    expect(checkContent(content, join(content, '..')).problems).toEqual([]);
  });
});

describe('the content check of request-access and status settings', () => {
  test('errors on a form address without `{id}`, a malformed address and status pages that are not URLs', () => {
    expect(report('request-access-settings')).toBe(
      [
        'The content has 3 problems. Fix them and run the check again.',
        '',
        'content/site.yaml',
        '  line 9, `requestAccess.nda.url`: Found `https://forms.example.com/nda`. It has no `{id}`, so every ' +
          "request would look the same. Put `{id}` where the artefact's id goes. Write it as " +
          '`https://forms.example/nda?document={id}`.',
        '  line 11, `requestAccess.sign-in.email`: Found `portal-team.example.com`. Expected an email address, ' +
          'such as `trust@example.com`.',
        '  line 12, `status`: Found `status.example.com`. ' +
          'Expected an absolute address starting with `https://`: write `https://status.example.com`.',
      ].join('\n'),
    );
    expect(report('service-status')).toBe(
      [
        'The content has 1 problem. Fix it and run the check again.',
        '',
        'content/services/app.md',
        '  line 5, `status`: Found `http//status.example.com`. Expected an absolute address starting with ' +
          '`https://`.',
      ].join('\n'),
    );
  });

  test('refuses placeholders other than `{id}`, relative templates, and both or neither of email and url', () => {
    const messages = (input: unknown) =>
      RequestActionSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages({ url: 'https://forms.example/nda?document={id}&title={title}' })).toEqual([
      '`{title}` is not a placeholder; only `{id}` is replaced. Write it as `https://forms.example/nda?document={id}`.',
    ]);
    expect(messages({ url: '/nda/{id}' })).toEqual([
      'It is not an absolute address starting with `https://`. Write it as `https://forms.example/nda?document={id}`.',
    ]);
    const oneOfTwo = 'Give either `email` or `url`, one of the two: the reader is offered one action.';
    expect(messages({ email: 'nda@example.com', url: 'https://forms.example/nda?document={id}' })).toEqual([oneOfTwo]);
    expect(messages({})).toEqual([oneOfTwo]);
    expect(messages({ url: 'https://forms.example/nda?document={id}' })).toEqual([]);
  });

  test('errors on a withdrawal day given to an artefact that is not withdrawn', () => {
    const content = editedContent({
      'artefacts/soc-2-report.md': (text) => text.replace('access: nda', 'access: nda\nwithdrawn: 2026-03-01'),
    });
    expect(formatProblems(checkContent(content, join(content, '..')).problems)).toContain(
      '`withdrawn`: This artefact names the day it was withdrawn but its status is `current`. Set ' +
        '`status: withdrawn`, or remove `withdrawn`.',
    );
  });
});
