import { describe, expect, it, vi } from 'vitest';
import type { PageRead } from '../../../shared/contracts/protocol.ts';
import { fakeApi, pageContact } from './fixtures.test-helpers.ts';
import { PageModel } from './page-model.ts';
import type { TabChange, TabEvents } from './tab-events.ts';

const marina: PageRead = { ok: true, contact: pageContact() };
const joao: PageRead = { ok: true, contact: pageContact({ recordId: '1003', name: 'João Lima' }) };

function fakeTabs() {
  let emit: (change: TabChange, tabId: number) => void = () => {};
  const tabs: TabEvents = {
    onTabChange: (callback) => {
      emit = callback;
      return () => {};
    },
  };
  return { tabs, emit: (change: TabChange, tabId: number) => emit(change, tabId) };
}

describe('the page the panel is about', () => {
  it('is pending while asking, then holds the active tab’s read', async () => {
    const model = new PageModel(fakeApi(marina), fakeTabs().tabs);
    expect(model.read.value).toBeUndefined();
    await vi.waitFor(() => expect(model.read.value).toEqual(marina));
    expect(model.tabId.value).toBe(1);
    model[Symbol.dispose]();
  });

  it('takes pushed reads for its tab only', async () => {
    const api = fakeApi(marina);
    const model = new PageModel(api, fakeTabs().tabs);
    await vi.waitFor(() => expect(model.read.value).toEqual(marina));
    api.push(2, joao);
    expect(model.read.value).toEqual(marina);
    api.push(1, joao);
    expect(model.read.value).toEqual(joao);
    model[Symbol.dispose]();
  });

  it('never lets a slow answer for the tab the agent left overwrite the new one', async () => {
    let answerFirst: (read: PageRead) => void = () => {};
    const pageRead = vi
      .fn()
      .mockImplementationOnce(() => new Promise<PageRead>((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce(joao);
    const api = fakeApi(null, { pageRead });
    const { tabs, emit } = fakeTabs();
    const model = new PageModel(api, tabs);
    await vi.waitFor(() => expect(pageRead).toHaveBeenCalledTimes(1));
    emit('activated', 1);
    await vi.waitFor(() => expect(model.read.value).toEqual(joao));
    answerFirst(marina);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(model.read.value).toEqual(joao);
    model[Symbol.dispose]();
  });

  it('keeps the page on screen when the same tab comes to the front again', async () => {
    const { tabs, emit } = fakeTabs();
    const api = fakeApi(marina);
    const model = new PageModel(api, tabs);
    await vi.waitFor(() => expect(model.read.value).toEqual(marina));
    emit('activated', 1);
    expect(model.read.value).toEqual(marina);
    await vi.waitFor(() => expect(api.pageRead).toHaveBeenCalledTimes(2));
    expect(model.read.value).toEqual(marina);
    model[Symbol.dispose]();
  });

  it('is pending for a newly activated tab until its page is read', async () => {
    let activeTab = 1;
    let answerSecond: (read: PageRead) => void = () => {};
    const pageRead = vi
      .fn()
      .mockResolvedValueOnce(marina)
      .mockImplementationOnce(() => new Promise<PageRead>((resolve) => (answerSecond = resolve)));
    const { tabs, emit } = fakeTabs();
    const model = new PageModel(fakeApi(null, { activeTabId: vi.fn(async () => activeTab), pageRead }), tabs);
    await vi.waitFor(() => expect(model.read.value).toEqual(marina));
    activeTab = 2;
    emit('activated', 2);
    await vi.waitFor(() => expect(pageRead).toHaveBeenCalledWith(2));
    expect(model.read.value).toBeUndefined();
    answerSecond(joao);
    await vi.waitFor(() => expect(model.read.value).toEqual(joao));
    model[Symbol.dispose]();
  });

  it('goes back to pending while its tab loads another document', async () => {
    const { tabs, emit } = fakeTabs();
    const model = new PageModel(fakeApi(marina), tabs);
    await vi.waitFor(() => expect(model.read.value).toEqual(marina));
    emit('loading', 7);
    expect(model.read.value).toEqual(marina);
    emit('loading', 1);
    expect(model.read.value).toBeUndefined();
    emit('loaded', 1);
    await vi.waitFor(() => expect(model.read.value).toEqual(marina));
    model[Symbol.dispose]();
  });

  it('after an in-page navigation shows the pushed read and never the worker’s older one', async () => {
    // The worker still holds the previous record's read when the tab reports it finished loading.
    const pageRead = vi.fn().mockResolvedValue(marina);
    const api = fakeApi(null, { pageRead });
    const { tabs, emit } = fakeTabs();
    const model = new PageModel(api, tabs);
    await vi.waitFor(() => expect(model.read.value).toEqual(marina));
    const asked = pageRead.mock.calls.length;
    emit('loading', 1);
    api.push(1, joao);
    emit('loaded', 1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(model.read.value).toEqual(joao);
    expect(pageRead).toHaveBeenCalledTimes(asked);
    model[Symbol.dispose]();
  });

  it('asks the worker when a loaded page pushed nothing (no content script there)', async () => {
    const pageRead = vi.fn().mockResolvedValueOnce(marina).mockResolvedValue(null);
    const { tabs, emit } = fakeTabs();
    const model = new PageModel(fakeApi(null, { pageRead }), tabs);
    await vi.waitFor(() => expect(model.read.value).toEqual(marina));
    emit('loading', 1);
    emit('loaded', 1);
    expect(model.read.value).toBeUndefined();
    await vi.waitFor(() => expect(model.read.value).toBeNull());
    model[Symbol.dispose]();
  });

  it('asks again for a tab that finished loading after the agent switched to it, whatever the last tab pushed', async () => {
    let activeTab = 1;
    const pageRead = vi.fn().mockResolvedValueOnce(marina).mockResolvedValueOnce(null).mockResolvedValue(joao);
    const api = fakeApi(null, { activeTabId: vi.fn(async () => activeTab), pageRead });
    const { tabs, emit } = fakeTabs();
    const model = new PageModel(api, tabs);
    await vi.waitFor(() => expect(model.read.value).toEqual(marina));
    api.push(1, marina); // tab 1's content script spoke last
    activeTab = 2;
    emit('activated', 2);
    await vi.waitFor(() => expect(model.read.value).toBeNull()); // tab 2 still loading: nothing stored yet
    emit('loaded', 2);
    await vi.waitFor(() => expect(model.read.value).toEqual(joao));
    model[Symbol.dispose]();
  });
});
