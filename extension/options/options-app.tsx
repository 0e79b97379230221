/** The options page: pairing, the agent, CRM sites and the team's send rules. Settings live in browser.storage. */
import { useModel } from '@preact/signals';
import { Notice } from '../ui/components/notice.tsx';
import { t } from '../ui/i18n.ts';
import { OptionsModel } from '../ui/models/settings-model.ts';
import { AgentField } from './agent-field.tsx';
import { Pairing } from './pairing.tsx';
import { PolicyForm } from './policy-form.tsx';
import { Sites } from './sites.tsx';

export function OptionsApp() {
  const model = useModel(OptionsModel);
  const companion = model.companion.value;
  const agent = model.agent.value;
  const policy = model.policy.value;
  const sites = model.sites.value;
  const selectors = model.selectors.value;
  if (!companion || agent === undefined || !policy || !sites || !selectors) {
    return <Notice testid="checking">{t('checking')}</Notice>;
  }
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <Pairing companion={companion} />
      <AgentField agent={agent} />
      <Sites sites={sites} selectors={selectors} />
      <PolicyForm policy={policy} />
    </main>
  );
}
