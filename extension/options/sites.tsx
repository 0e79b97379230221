/**
 * Other CRM sites the copilot may read. Adding one asks the browser for access to that origin only (an optional host
 * permission), from the click itself: browsers grant permission requests only during a user gesture, so nothing is
 * awaited before the request. Removing one gives the permission back.
 */
import { useState } from 'preact/hooks';
import { browserApi } from '../messaging/browser.ts';
import { type ItemValue, setItem } from '../storage/items.ts';
import { FieldError } from '../ui/components/field-error.tsx';
import { t } from '../ui/i18n.ts';
import { originPattern, parseOrigin } from './site-origin.ts';
import { SiteSelectors } from './site-selectors.tsx';

interface Props {
  sites: string[];
  selectors: ItemValue<'genericSelectors'>;
}

export function Sites(props: Props) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();

  const add = (event: Event) => {
    event.preventDefault();
    const origin = parseOrigin(input);
    if (!origin) return setError(t('siteErrorOrigin'));
    setError(undefined);
    // Asked together, from the click: the site itself, and "scripting" so the worker can register the content script
    // there (background/site-scripts.ts); the manifest can only list the CRMs it knows.
    const request = browserApi().permissions.request({ permissions: ['scripting'], origins: [originPattern(origin)] });
    void request.then(async (granted) => {
      if (!granted) return setError(t('siteErrorDenied', origin));
      if (!props.sites.includes(origin)) await setItem('enabledSites', [...props.sites, origin]);
      setInput('');
    });
  };

  const remove = async (origin: string) => {
    await browserApi().permissions.remove({ origins: [originPattern(origin)] });
    await setItem(
      'enabledSites',
      props.sites.filter((site) => site !== origin),
    );
    const { [origin]: _dropped, ...rest } = props.selectors;
    await setItem('genericSelectors', rest);
  };

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      <p class="muted">{t('sitesHint')}</p>
      {props.sites.length === 0 ? <p class="muted">{t('sitesNone')}</p> : null}
      <ul class="sites">
        {props.sites.map((origin) => (
          <li key={origin} data-testid="site-item" data-origin={origin}>
            <span class="label">{origin}</span>{' '}
            <button type="button" class="secondary" data-testid="site-remove" onClick={() => void remove(origin)}>
              {t('siteRemove')}
            </button>
            <SiteSelectors origin={origin} all={props.selectors} />
          </li>
        ))}
      </ul>
      <form onSubmit={add} noValidate>
        <label for="site-origin">{t('siteAddLabel')}</label>
        <input
          id="site-origin"
          data-testid="site-origin"
          value={input}
          placeholder="https://crm.example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby="site-error"
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit" data-testid="site-add">
          {t('siteAdd')}
        </button>
        <FieldError id="site-error" message={error} />
      </form>
    </section>
  );
}
