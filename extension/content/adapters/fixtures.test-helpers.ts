/**
 * Test helper: loads a hand-written page from test/fixtures/crm into happy-dom's document. Test code may use
 * innerHTML to load a page; adapters never do. `<template shadowrootmode>` (declarative shadow DOM, what a browser
 * builds from the fixture) becomes a real shadow root here, since happy-dom's parser does not attach them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/crm');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function loadFixture(name: string, edit: (html: string) => string = (html) => html): Document {
  return loadHtml(edit(fixtureHtml(name)));
}

export function loadHtml(html: string): Document {
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)?.[1] ?? html;
  attachShadowRoots(document);
  return document;
}

function attachShadowRoots(root: ParentNode): void {
  for (const template of root.querySelectorAll('template[shadowrootmode]')) {
    const host = template.parentElement;
    if (!host) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content);
    template.remove();
    attachShadowRoots(shadow);
  }
}
