/** A question and its answer, the answer as the HTML the page renders. */
export interface AnsweredQuestion {
  question: string;
  /** The rendered answer; restricted sections are already gone from it in a public build. */
  html: string;
  /** The full address of the question on the FAQ page. */
  url: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of rendered HTML: tags dropped, character references decoded, white space collapsed. */
export function getHtmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? reference;
    })
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)])/g, '$1')
    .trim();
}

/**
 * The FAQ as schema.org `FAQPage` structured data (JSON-LD), each answer as plain text. Written into a
 * `<script type="application/ld+json">` data block, which browsers never run, so the site's
 * Content-Security-Policy (`script-src 'self'`) has nothing to allow; `<` is escaped so no text in an
 * answer can close the element.
 */
export function formatFaqStructuredData(questions: readonly AnsweredQuestion[]): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map((question) => ({
      '@type': 'Question',
      '@id': question.url,
      name: question.question,
      acceptedAnswer: { '@type': 'Answer', text: getHtmlText(question.html) },
    })),
  };
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
