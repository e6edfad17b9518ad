import type { Node, Paragraph, Parent, RootContent } from 'mdast';

/**
 * Content that holds no claims. Headings, tables, code, HTML and footnote definitions are never read as
 * claims, so only paragraphs are; among them, figures and their captions, and an editor's note in the body.
 */

/** Node types whose text is never a claim: headings, tables, and notes (GFM footnote definitions). */
const NO_CLAIM_TYPES = new Set<string>(['heading', 'table', 'footnoteDefinition']);

/** Whether a block is content that never holds claims (its citation groups still count, in order). */
export function isNoClaimBlock(node: Node): boolean {
  return NO_CLAIM_TYPES.has(node.type);
}

/** Whether a paragraph shows an image: a figure, whose words are its caption. */
export function isFigure(paragraph: Paragraph): boolean {
  return paragraph.children.some((child) => child.type === 'image' || child.type === 'imageReference');
}

/**
 * Whether a paragraph is a caption: a figure, or a paragraph set wholly in italics or bold right after a figure
 * (`![…](photo.jpg)` then `*Protesters in Beijing. Photo: AFP*`).
 */
export function isCaption(paragraph: Paragraph, previous: RootContent | undefined): boolean {
  if (isFigure(paragraph)) return true;
  if (previous?.type !== 'paragraph' || !isFigure(previous)) return false;
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && (content[0]?.type === 'emphasis' || content[0]?.type === 'strong');
}

/** An editor's note written in the body: `Editor’s note: …`, `*Editors' Note:* …`. */
const EDITORS_NOTE = /^\s*editors?[’']?s?[’']? note\b/i;

/** Whether a paragraph's reading text is an editor's note (the frontmatter `editorNote` is never in the body). */
export function isEditorsNote(text: string): boolean {
  return EDITORS_NOTE.test(text);
}

/** The children of a node that can hold blocks, or none. */
export function getChildren(node: Node): RootContent[] {
  return 'children' in node ? ((node as Parent).children as RootContent[]) : [];
}
