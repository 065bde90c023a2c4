import type { MdastPluginDefinition } from 'satteri';

/**
 * A Markdown plugin that gives back, as written, the text the directive syntax takes for a text or leaf
 * directive. The site's only directive is a container (`:::restricted`), but with directives on, the Markdown
 * processor also reads `:40` in `09:40` as a text directive named `40`, and `::name` on a line of its own as a leaf
 * directive, and renders neither: `09:40` would show as `09`. Each is replaced by its own source text.
 */
export function createPlainDirectivesPlugin(): MdastPluginDefinition {
  return {
    name: 'trust-center-plain-directives',
    // Positions are off by default; they locate each directive's source text.
    options: { position: true },
    textDirective(node, context) {
      context.replaceNode(node, { type: 'text', value: sourceOf(node, context.source) });
    },
    leafDirective(node, context) {
      context.replaceNode(node, {
        type: 'paragraph',
        children: [{ type: 'text', value: sourceOf(node, context.source) }],
      });
    },
  };
}

/** Where a node starts and ends in its document, as the Markdown processor gives it. */
interface Located {
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

/** The text a node was parsed from. */
function sourceOf(node: Located, source: string): string {
  return source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}
