/**
 * remark-smartypants-lean: curly quotes, em dashes for `--` and ellipses, as remark-smartypants (the plugin
 * Astro runs by default) gives them, at about half the cost: the typesetter of src/typography/typeset-tree.ts,
 * which the site also runs over titles and summaries, so that both are typeset alike.
 *
 * Astro's own smartypants is not in the pipeline (src/plugins/processor.ts) and this plugin runs first of
 * ours, in the same place. A pure unified plugin: no Astro import, no file system, network or clock.
 */
import type { Root } from 'mdast';
import { createTypesetter } from '../../typography/typeset-tree.ts';

/** Typesets the brief's text; see the file comment. */
export default function remarkSmartypantsLean(): (tree: Root) => undefined {
  return createTypesetter();
}
