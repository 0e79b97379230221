/** Who the agent is: written on every consent record and send, so the ledger says who entered what. */
import { useState } from 'preact/hooks';
import { setItem } from '../storage/items.ts';
import { t } from '../ui/i18n.ts';

export function AgentField(props: { agent: string }) {
  const [agent, setAgent] = useState(props.agent);
  const [saved, setSaved] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    await setItem('agent', agent.trim());
    setSaved(true);
  };
  return (
    <section aria-labelledby="agent-title">
      <h2 id="agent-title">{t('agentTitle')}</h2>
      <form onSubmit={save}>
        <label for="agent">{t('agentLabel')}</label>
        <input
          id="agent"
          data-testid="agent"
          value={agent}
          maxLength={200}
          autocomplete="email"
          onInput={(e) => {
            setAgent(e.currentTarget.value);
            setSaved(false);
          }}
        />
        <button type="submit" data-testid="agent-save">
          {t('save')}
        </button>
        {saved ? <p role="status">{t('saved')}</p> : null}
      </form>
    </section>
  );
}
