/** A one-line state of the whole panel ("checking…", "open a contact…"): a live region so screen readers hear it. */
import type { ComponentChildren } from 'preact';

export function Notice(props: { testid: string; children: ComponentChildren; tone?: 'info' | 'warn' }) {
  return (
    <div class={`notice ${props.tone ?? 'info'}`} role="status" data-testid={props.testid}>
      {props.children}
    </div>
  );
}
