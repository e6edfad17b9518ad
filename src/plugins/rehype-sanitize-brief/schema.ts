import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

// Text-level elements news copy uses that GitHub's list lacks; none takes an address or runs anything.
// prettier-ignore
const NEWS_ELEMENTS = ['abbr', 'cite', 'mark', 'small', 'time', 'u', 'bdi', 'bdo', 'wbr', 'figure', 'figcaption'];

/**
 * The allowlist for HTML an editor writes in a brief: GitHub's (hast-util-sanitize's default schema) and a few
 * text-level elements, links limited to http, https and mailto, and more elements removed with everything
 * they hold. Everything not listed is removed: `<script>`, `<iframe>`, `<style>`, `on*` and `style`
 * attributes, `javascript:` links. Ids and names an editor writes keep GitHub's `user-content-` prefix, so
 * they can never take the place of the ids the pipeline writes.
 */
export const RAW_HTML_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...NEWS_ELEMENTS],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
  },
  // Removed with what they hold, not unwrapped: their content is code, a fallback, or (after an unclosed
  // `<textarea>`, `<xmp>` or `<plaintext>`) the rest of the brief turned to text, never text for readers.
  strip: [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'noscript',
    'noembed',
    'noframes',
    'template',
    'textarea',
    'title',
    'xmp',
    'plaintext',
    'select',
    'svg',
    'math',
  ],
};
