import type { BlockContent } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import type { Audience } from '../build/audience.ts';

/** The directive name writers use to mark part of a document as restricted. */
export const restrictedDirective = 'restricted';

/** What the public build shows in place of a restricted section. */
export const restrictedNotice =
  'Part of this section is restricted. It is available to customers under NDA on request; see the contacts at the ' +
  'foot of the page.';

/**
 * A Markdown plugin for restricted sections, written as a container directive:
 *
 * ```markdown
 * :::restricted
 * Text only the internal build shows.
 * :::
 * ```
 *
 * The public build replaces the section with a notice, so its text never reaches
 * the output; the internal build keeps it, marked as internal.
 */
export function createRestrictedSectionsPlugin(audience: Audience): MdastPluginDefinition {
  return {
    name: 'trust-center-restricted-sections',
    containerDirective(node, context) {
      if (node.name !== restrictedDirective) return;
      if (audience === 'internal') {
        context.replaceNode(node, {
          type: 'blockquote',
          data: { hName: 'aside', hProperties: { className: ['restricted'], ariaLabel: 'Internal only' } },
          children: [
            {
              type: 'paragraph',
              data: { hProperties: { className: ['restricted-label'] } },
              children: [{ type: 'text', value: 'Internal only' }],
            },
            ...(node.children as BlockContent[]),
          ],
        });
        return;
      }
      context.replaceNode(node, {
        type: 'paragraph',
        data: { hProperties: { className: ['restricted-notice'] } },
        children: [{ type: 'emphasis', children: [{ type: 'text', value: restrictedNotice }] }],
      });
    },
  };
}
