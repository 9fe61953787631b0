/** Anything `h` accepts as a child; `null`, `undefined` and `false` render nothing. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes and listeners: `onclick: fn` adds a listener, `true` sets an empty attribute, `false`/`undefined` skip. */
export type Props = Record<
  string,
  string | number | boolean | undefined | ((event: Event) => void)
>;

/**
 * Creates an element with attributes, listeners and children — the dashboard's whole
 * rendering layer. Text children become text nodes, so data is never parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child as readonly Child[]);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}
