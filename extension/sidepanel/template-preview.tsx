/** The template as the customer will see it, variables filled; an unfilled one stays visible as {{name}}. */
import type { RenderedTemplate } from '../../shared/templates/render.ts';

export function TemplatePreview(props: { rendered: RenderedTemplate }) {
  const { header, body, footer, buttons } = props.rendered;
  return (
    <div class="preview" data-testid="template-preview">
      {header ? <p class="preview-header">{header}</p> : null}
      <p class="preview-body">{body}</p>
      {footer ? <p class="preview-footer">{footer}</p> : null}
      {buttons.length > 0 ? (
        <ul class="preview-buttons">
          {buttons.map((button) => (
            <li key={button}>{button}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
