/**
 * DOM reading helpers shared by the adapters. They read text and attributes only, walk open shadow roots (Salesforce
 * LWC in native or mixed shadow mode [S25][S27]) and tell shown elements from the hidden stale copies that CRMs keep
 * in the DOM (Salesforce cached views, Pipedrive `.viewContainer`s, HubSpot tabs [S3][S7][S12]).
 */
import { clean } from './text.ts';

/** The shadow root we may walk: open ones; in Firefox content scripts also closed ones (`openOrClosedShadowRoot`). */
function shadowOf(element: Element): ShadowRoot | null {
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  return firefox ?? element.shadowRoot;
}

/** The parent element, or the host when leaving a shadow root. */
export function parentOf(element: Element): Element | null {
  const parent = element.parentNode;
  if (parent && parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return element.parentElement;
}

/** Like querySelectorAll, also inside the open shadow roots below `root`; a host's shadow tree follows the host. */
export function deepQuerySelectorAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  let budget = 2000; // shadow roots walked at most: hostile pages can nest without end
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element);
      const shadow = shadowOf(element);
      if (shadow && budget-- > 0) walk(shadow);
    }
  };
  const own = root.nodeType === 1 ? shadowOf(root as Element) : null;
  if (own) walk(own);
  walk(root);
  return found;
}

/**
 * Whether the element is shown: neither it nor an ancestor up to `stop` is `hidden`, `aria-hidden="true"` or
 * `display: none`, and it is not `visibility: hidden`. Conservative: a modal that hides the app with aria-hidden
 * makes the record unreadable until it closes.
 */
export function isShown(element: Element, stop?: Element | null): boolean {
  const view = element.ownerDocument.defaultView;
  for (let current: Element | null = element; current && current !== stop; current = parentOf(current)) {
    if (current.hasAttribute('hidden') || current.getAttribute('aria-hidden') === 'true') return false;
    const style = view?.getComputedStyle(current);
    if (style?.display === 'none' || (current === element && style?.visibility === 'hidden')) return false;
  }
  return true;
}

/** The shown matches below `root` (shown relative to `root`, which the caller has checked). */
export function shownAll(root: ParentNode, selector: string, deep = false): Element[] {
  const found = deep ? deepQuerySelectorAll(root, selector) : [...root.querySelectorAll(selector)];
  const stop = root instanceof Element ? root : null;
  return found.filter((element) => isShown(element, stop));
}

/** The one shown match, or why not: none, or several (two records on screen, or a stale copy we failed to spot). */
export function single(found: Element[], what: string): Element | string {
  if (found.length === 1) return found[0]!;
  return found.length === 0 ? `no visible ${what}` : `several ${what} are visible`;
}

/** Whether an ancestor (crossing shadow roots, up to `stop`) passes `test`. */
export function hasAncestor(element: Element, stop: Element | null, test: (ancestor: Element) => boolean): boolean {
  for (let current = parentOf(element); current && current !== stop; current = parentOf(current)) {
    if (test(current)) return true;
  }
  return false;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Screen-reader-only text: Salesforce's "Click to dial disabled" before a number [S11][id3625652120]. */
const ASSISTIVE = /(^|\s)(slds-assistive-text|assistiveText|sr-only|visually-hidden)(\s|$)/;
const INLINE = /^(A|ABBR|B|BDI|BDO|CODE|EM|FONT|I|LABEL|MARK|S|SLOT|SMALL|SPAN|STRONG|SUB|SUP|TIME|U)$/;

/**
 * The text a reader sees, roughly: text nodes through open shadow roots and assigned slots, without scripts, styles,
 * hidden and assistive text, a space between blocks; cleaned and capped.
 */
export function textOf(node: Node | null | undefined, max?: number): string {
  if (!node) return '';
  let out = '';
  const stack: (Node | string)[] = [node];
  while (stack.length > 0 && out.length < 4000) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out += item;
      continue;
    }
    if (item.nodeType === 3) {
      out += item.nodeValue ?? '';
      continue;
    }
    let children: ArrayLike<Node> = item.childNodes;
    if (item.nodeType === 1) {
      const element = item as Element;
      const skip = SKIPPED.has(element.tagName) || element.hasAttribute('hidden');
      if (skip || ASSISTIVE.test(element.getAttribute('class') ?? '')) continue;
      const slotted = element.tagName === 'SLOT' ? (element as HTMLSlotElement).assignedNodes() : [];
      children = shadowOf(element)?.childNodes ?? (slotted.length > 0 ? slotted : children);
    }
    const block = item.nodeType === 1 && !INLINE.test((item as Element).tagName);
    if (block) stack.push(' ');
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (block) stack.push(' ');
  }
  return clean(out, max);
}

/** The element's own text nodes only (HubSpot enum values nest badge and caret elements [S4]). */
export function ownText(element: Element): string {
  let out = '';
  for (const child of element.childNodes) if (child.nodeType === 3) out += child.nodeValue ?? '';
  return clean(out);
}

/** A form control's current value (a string property, like textContent), else its text. */
export function controlText(element: Element): string {
  if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') {
    return clean((element as HTMLTextAreaElement).value || element.getAttribute('value'));
  }
  return textOf(element);
}
