import type { Properties } from 'hast';

/** The message for an element the allowlist does not hold; `stripped` says its content went too. */
export function describeElement(tagName: string, stripped: boolean): string {
  return stripped
    ? `<${tagName}> is not allowed in a brief: it was removed with everything in it`
    : `<${tagName}> is not allowed in a brief: it was removed, its text kept`;
}

/** The message for an attribute removed from an element; addresses name the protocols that are allowed. */
export function describeAttribute(
  tagName: string,
  attribute: { key: string; value: Properties[string] },
  protocols: readonly string[] | undefined,
): string {
  const name = toAttributeName(attribute.key);
  if (!protocols || typeof attribute.value !== 'string') {
    return `the ${name} attribute of <${tagName}> is not allowed in a brief: it was removed`;
  }
  const allowed = `${protocols.slice(0, -1).join(', ')} or ${protocols.at(-1)}`;
  const what = tagName === 'a' && attribute.key === 'href' ? 'the link to' : `the ${name} of <${tagName}>,`;
  const value = shorten(attribute.value);
  return `${what} "${value}" is not a web address: use an ${allowed} address, or one in the site`;
}

/** The HTML name of a hast property: `onClick` is `onclick`, `ariaHidden` is `aria-hidden`. */
export function toAttributeName(key: string): string {
  if (key === 'className') return 'class';
  if (key === 'htmlFor') return 'for';
  if (/^(?:aria|data)[A-Z]/.test(key)) return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return key.toLowerCase();
}

// Messages stay one readable line, whatever an editor pasted into an attribute.
function shorten(value: string): string {
  const line = value.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
