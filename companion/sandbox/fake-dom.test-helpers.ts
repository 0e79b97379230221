/**
 * Just enough DOM to run the demo CRM's script in node:vm and assert on what it renders: elements with attributes,
 * children and textContent, a document with click listeners, history/location with pushState, timers run by hand.
 * Deliberately no innerHTML: the script must not need it.
 */
import { runInNewContext } from 'node:vm';

export class FakeNode {
  parent: FakeElement | undefined;
  get textContent(): string {
    return '';
  }
}

export class FakeText extends FakeNode {
  constructor(public data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

export class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  children: FakeNode[] = [];
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  append(...nodes: (FakeNode | string)[]) {
    for (const node of nodes) {
      const child = typeof node === 'string' ? new FakeText(node) : node;
      child.parent = this;
      this.children.push(child);
    }
  }
  replaceChildren(...nodes: FakeNode[]) {
    this.children = [];
    this.append(...nodes);
  }
  override get textContent(): string {
    return this.children.map((c) => c.textContent).join('');
  }
  override set textContent(value: string) {
    this.replaceChildren(new FakeText(value));
  }
  /** Only the selector the script uses: `a[data-nav]`. */
  closest(selector: string): FakeElement | null {
    if (selector !== 'a[data-nav]') throw new Error(`fake DOM: unsupported selector ${selector}`);
    for (let at: FakeElement | undefined = this; at; at = at.parent) {
      if (at.tagName === 'a' && at.attributes.has('data-nav')) return at;
    }
    return null;
  }
  /** Every descendant element matching the predicate, in document order. */
  findAll(predicate: (element: FakeElement) => boolean): FakeElement[] {
    return this.children.flatMap((child) =>
      child instanceof FakeElement ? [...(predicate(child) ? [child] : []), ...child.findAll(predicate)] : [],
    );
  }
}

/** Serialises like outerHTML (attributes in insertion order), for assertions. */
export function html(node: FakeNode): string {
  if (node instanceof FakeText) return node.data;
  if (!(node instanceof FakeElement)) return '';
  const attributes = [...node.attributes].map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<${node.tagName}${attributes}>${node.children.map(html).join('')}</${node.tagName}>`;
}

export function runDemoScript(script: string, options: { path: string; base: string; data: unknown }) {
  const app = new FakeElement('div');
  const timers: (() => void)[] = [];
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const on = (type: string, fn: (event: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn]);
  const location = { pathname: options.path };
  const pushed: string[] = [];
  const document = {
    documentElement: { dataset: { base: options.base } },
    title: '',
    getElementById: (id: string) => (id === 'app' ? app : null),
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => new FakeText(text),
    addEventListener: on,
  };
  const context = {
    document,
    location,
    history: {
      pushState: (_state: unknown, _title: string, url: string) => {
        pushed.push(url);
        location.pathname = url;
      },
    },
    window: { addEventListener: on },
    fetch: async () => ({ json: async () => options.data }),
    setTimeout: (fn: () => void) => timers.push(fn),
    Node: FakeNode,
    Element: FakeElement,
  };
  runInNewContext(script, context);
  return {
    app,
    document,
    pushed,
    /** Lets the script's fetch().then() chain run. */
    settle: () => new Promise((resolve) => setImmediate(resolve)),
    runTimers: () => {
      for (const fn of timers.splice(0)) fn();
    },
    click(target: FakeElement) {
      let prevented = false;
      const event = { target, button: 0, preventDefault: () => (prevented = true) };
      for (const fn of listeners.get('click') ?? []) fn(event);
      return prevented;
    },
    back(path: string) {
      location.pathname = path;
      for (const fn of listeners.get('popstate') ?? []) fn({});
    },
  };
}
