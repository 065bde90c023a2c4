/**
 * How a search result reads: Pagefind's own layout (title, excerpt, the sections
 * that match) with the badges the lists show, the entry's status and access, so
 * a reader sees "Superseded" or "Under NDA" before opening it. Written in
 * Pagefind's template language; the values come from each page's metadata
 * (see `attributes.ts`), and `{{ }}` escapes them.
 */
export const resultTemplate = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title">
        <a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
      </p>
      {{#if or(meta.status, meta.access)}}
      <p class="badges">
        {{#if meta.status}}<span class="badge badge-{{ meta.statusTone }}">{{ meta.status }}</span>{{/if}}
        {{#if meta.access}}<span class="badge badge-{{ meta.accessTone }}">{{ meta.access }}</span>{{/if}}
      </p>
      {{/if}}
      {{#if excerpt}}
      <p class="pf-result-excerpt">{{+ excerpt +}}</p>
      {{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;

/** Gives a `pagefind-results` element the result template; it reads it when it connects. */
export function addResultTemplate(results: Element): void {
  const template = document.createElement('script');
  template.type = 'text/pagefind-template';
  template.textContent = resultTemplate;
  results.append(template);
}
