import { describe, expect, test } from 'vitest';
import { formatFaqStructuredData, getHtmlText } from '../../src/lib/faq/structured-data.ts';
import { getFaqListPage } from '../../src/lib/pages/lists/faq.ts';
import { buildTestGraph } from '../fixtures/graph-builder.ts';

const question = (text: string, category: string, order?: number) => ({ question: text, category, order });

describe('security FAQ', () => {
  const graph = buildTestGraph({
    faq: {
      'pen-tests': question('Do you run penetration tests?', 'application-security'),
      'data-location': question('Where is our data stored?', 'data-protection', 10),
      encryption: question('How is our data encrypted?', 'data-protection', 5),
      'soc-2': question('How do we get the SOC 2 report?', 'compliance'),
    },
  });
  const answers: Record<string, string> = {
    'soc-2': '<p>Write to <a href="mailto:nda@example.com">nda@example.com</a>.</p>',
    encryption: '<p>With AES-256 &#x26; TLS 1.2 &lt;or later&gt;.</p>\n<ul>\n<li>At rest</li>\n</ul>',
  };
  const page = () => getFaqListPage(graph, async (_collection, id) => answers[id]);

  test("groups questions by category in the categories' order, each by `order`, under its id as anchor", async () => {
    const { groups } = await page();
    expect(groups.map((group) => [group.id, group.title, group.items.map((item) => item.anchor)])).toEqual([
      ['_compliance', 'Compliance and audits', ['soc-2']],
      ['_data-protection', 'Data protection and privacy', ['encryption', 'data-location']],
      ['_application-security', 'Application security', ['pen-tests']],
    ]);
    expect(groups[0]!.items[0]).toMatchObject({ question: 'How do we get the SOC 2 report?', href: '/faq/soc-2/' });
  });

  test('gives every question and its answer as FAQPage structured data, each answer as text', async () => {
    const data = JSON.parse((await page()).structuredData!);
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity[0]).toEqual({
      '@type': 'Question',
      '@id': 'https://trust.example.com/faq/#soc-2',
      name: 'How do we get the SOC 2 report?',
      acceptedAnswer: { '@type': 'Answer', text: 'Write to nda@example.com.' },
    });
    expect(data.mainEntity[1].acceptedAnswer.text).toBe('With AES-256 & TLS 1.2 <or later>. At rest');
  });

  test('escapes `<` so that no answer can end the script element holding the data', () => {
    const json = formatFaqStructuredData([{ question: 'Q?', html: '<p>&lt;/script&gt;</p>', url: 'https://x/' }]);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).mainEntity[0].acceptedAnswer.text).toBe('</script>');
  });

  test('gives no structured data when there are no questions', async () => {
    expect((await getFaqListPage(buildTestGraph({}), async () => undefined)).structuredData).toBeUndefined();
  });

  test('reads the text of rendered HTML', () => {
    expect(getHtmlText('<p>One <strong>two</strong>, three&nbsp;&#38; four.</p>')).toBe('One two, three & four.');
  });
});
