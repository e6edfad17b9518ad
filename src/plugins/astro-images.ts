/**
 * rehypeAstroImages: marks each image of a brief that Astro's `remarkCollectImages` collected, so that Astro's
 * content layer replaces it with its optimised image, as Astro's own Markdown processor does.
 *
 * Why a copy: Astro's `rehypeImages` (@astrojs/markdown-remark 7.3, dist/rehype-images.js) is not exported,
 * and the pipeline builds its own processor (./processor.ts) rather than Astro's, which would add a second,
 * useless rehype-raw pass. Same behaviour, line for line; compare on an upgrade of Astro.
 */
import type { Element, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

// Kept as hast properties: Astro's image component reads the rest from the JSON.
const HAST_PRESERVED_PROPERTIES = ['className', 'htmlFor'];

/** Replaces the properties of each collected image by Astro's `__ASTRO_IMAGE_` placeholder. */
export function rehypeAstroImages() {
  return (tree: Root, file: VFile): undefined => {
    const { localImagePaths = [], remoteImagePaths = [] } = file.data.astro ?? {};
    if (localImagePaths.length === 0 && remoteImagePaths.length === 0) return;
    const occurrences = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      const src = decodeURI(node.properties.src);
      let image: Properties;
      if (localImagePaths.includes(src)) image = { ...node.properties, src };
      else if (remoteImagePaths.includes(src))
        image = { inferSize: inferSize(node), ...node.properties, src };
      else return;
      const kept = pick(image, (key) => HAST_PRESERVED_PROPERTIES.includes(key));
      image = pick(image, (key) => !HAST_PRESERVED_PROPERTIES.includes(key));
      const index = occurrences.get(node.properties.src) ?? 0;
      occurrences.set(node.properties.src, index + 1);
      node.properties = { ...kept, __ASTRO_IMAGE_: JSON.stringify({ ...image, index }) };
    });
  };
}

function pick(properties: Properties, keep: (key: string) => boolean): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => keep(key)));
}

// Markdown images have no size; one that a plugin sized keeps its size.
function inferSize(node: Element): true | undefined {
  return 'width' in node.properties && 'height' in node.properties ? undefined : true;
}
