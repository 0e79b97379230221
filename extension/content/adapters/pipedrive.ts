/**
 * Pipedrive person pages `/person/{id}` on `{company}.pipedrive.com` or `app.pipedrive.com` [S8]. Low confidence:
 * the only public selectors are from 2021–22 [S7]. Hidden `.viewContainer`s keep earlier pages, so only the shown
 * `.viewContainer .detailView.personDetails` is read; phones are `[data-test="phone-number-button"]` (earlier
 * `phone-label`) in `.fieldsList`, labelled by the next sibling of the button's parent [S7]. Phone links follow the
 * company's call-to setting: tel:, callto:, skype:, sip:, sms: or caller: [S29]. Activity notes (other people's
 * numbers) are outside `.fieldsList`. Name: the person view's single `h1` (guess).
 */
import { shownAll, single, textOf } from './dom.ts';
import { defineAdapter } from './draft.ts';
import { clean, linkPhone } from './text.ts';

const RECORD = /^\/person\/(\d+)\/?$/;
const CALL_LINK = /^(tel|callto|skype|sips?|sms|caller):/i;

export const pipedriveAdapter = defineAdapter(
  'pipedrive',
  (url) => /(^|\.)pipedrive\.com$/.test(url.hostname),
  (document, url, draft) => {
    const id = RECORD.exec(url.pathname)?.[1];
    if (!id) return 'not a person page';
    const person = single(shownAll(document, '.viewContainer .detailView.personDetails'), 'person views');
    if (typeof person === 'string') return person;
    draft.recordId = id;

    const heading = single(shownAll(person, 'h1'), 'person names');
    if (typeof heading !== 'string') draft.set('name', textOf(heading));
    else if (heading.startsWith('several')) return heading;

    for (const list of shownAll(person, '.fieldsList')) {
      const buttons = shownAll(list, '[data-test="phone-number-button"], [data-test="phone-label"]');
      const links = shownAll(list, 'a[href]').filter(
        (link) => CALL_LINK.test(link.getAttribute('href') ?? '') && !buttons.some((button) => button.contains(link)),
      );
      for (const element of [...buttons, ...links]) {
        const href = element.getAttribute('href') ?? element.closest('a')?.getAttribute('href') ?? null;
        const label = textOf(element.parentElement?.nextElementSibling);
        draft.phone(element, linkPhone(textOf(element), href), label.length <= 30 ? label : undefined);
      }
      for (const mail of shownAll(list, 'a[href^="mailto:"]')) {
        draft.set('email', textOf(mail) || clean(mail.getAttribute('href')?.slice(7)));
      }
    }
    return undefined;
  },
);
