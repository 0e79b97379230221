// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deepQuerySelectorAll, isShown, shownAll, single, textOf } from './dom.ts';
import { loadHtml } from './fixtures.test-helpers.ts';

describe('DOM reading helpers', () => {
  it('finds matches inside open shadow roots in tree order, not inside closed ones', () => {
    loadHtml(`<body><b class="x">1</b>
      <div><template shadowrootmode="open"><b class="x">2</b><span><template shadowrootmode="open"><b class="x">3</b></template></span></template></div>
      <div><template shadowrootmode="closed"><b class="x">hidden</b></template></div><b class="x">4</b></body>`);
    expect(deepQuerySelectorAll(document, '.x').map((element) => element.textContent)).toEqual(['1', '2', '3', '4']);
  });

  it('tells shown elements from hidden, display:none, aria-hidden and visibility:hidden ones, across shadow hosts', () => {
    loadHtml(`<body><style>.gone{display:none}</style>
      <p id="a">a</p><div hidden><p id="b">b</p></div><div class="gone"><p id="c">c</p></div>
      <div aria-hidden="true"><p id="d">d</p></div><p id="e" style="visibility:hidden">e</p>
      <div style="display:none"><span><template shadowrootmode="open"><p class="f">f</p></template></span></div></body>`);
    const shown = (id: string) => isShown(document.getElementById(id)!);
    expect(['a', 'b', 'c', 'd', 'e'].map(shown)).toEqual([true, false, false, false, false]);
    expect(deepQuerySelectorAll(document, '.f').map((element) => isShown(element))).toEqual([false]);
    expect(shownAll(document, 'p', true).map((element) => element.textContent)).toEqual(['a']);
  });

  it('reads text without scripts, styles, hidden or assistive text, through shadow roots and slots', () => {
    loadHtml(`<body><div id="t">Ana<script>alert(1)</script><style>p{}</style><span hidden>x</span><span class="slds-assistive-text">Click to dial</span><div>Souza</div>
      <x-name><template shadowrootmode="open">(<slot></slot>)</template><i>Lima</i></x-name></div></body>`);
    expect(textOf(document.getElementById('t'))).toBe('Ana Souza (Lima)');
  });

  it('says why there is not exactly one match', () => {
    expect(single([], 'records')).toBe('no visible records');
    expect(single([document.body, document.body], 'records')).toBe('several records are visible');
    expect(single([document.body], 'records')).toBe(document.body);
  });
});
