import type { MdastPluginDefinition } from 'satteri';

/** The class of the region a wide table scrolls in, on a narrow screen, without widening the page. */
export const tableScrollClass = 'table-scroll';

/**
 * A Markdown plugin that puts each table in a region of its own that scrolls sideways,
 * so a table wider than a phone's screen scrolls by itself instead of the whole page.
 * The region takes focus, so it can be scrolled from the keyboard, and is named after
 * the heading above the table, or after the table's columns when no heading is above it.
 */
export function createScrollingTablesPlugin(): MdastPluginDefinition {
  return {
    name: 'trust-center-scrolling-tables',
    table(node, context) {
      const siblings = context.parent(node).children;
      const heading = siblings.slice(0, context.indexOf(node)).findLast((sibling) => sibling.type === 'heading');
      const columns = node.children[0]?.children.map((cell) => context.textContent(cell)).join(', ');
      const label = heading ? context.textContent(heading) : `Table of ${columns ?? 'values'}`;
      context.wrapNode(node, {
        type: 'blockquote',
        data: {
          hName: 'div',
          hProperties: { className: [tableScrollClass], role: 'region', ariaLabel: label, tabIndex: 0 },
        },
        children: [],
      });
    },
  };
}
