import { describe, expect, it } from 'vitest';
import type { Template } from '../../../shared/templates/model.ts';
import { useEnglishMessages } from '../components/render.test-helpers.tsx';
import { ORDER_UPDATE } from './fixtures.test-helpers.ts';
import { variableLabel } from './variable-label.ts';

useEnglishMessages();

const withButtons: Template = {
  ...ORDER_UPDATE,
  components: [
    { type: 'HEADER', format: 'IMAGE' },
    { type: 'BODY', text: 'Hi {{first_name}}' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'URL', text: 'Track order', url: 'https://x.example/t/{{1}}' },
        { type: 'COPY_CODE', example: 'SAVE10' },
      ],
    },
  ],
};

describe('labels of the variables an agent types', () => {
  it('name buttons and headers in the agent’s words', () => {
    expect(variableLabel(withButtons, 'button_0')).toBe('End of the link of the “Track order” button');
    expect(variableLabel(withButtons, 'button_1')).toBe('Coupon code (up to 15 characters)');
    expect(variableLabel(withButtons, 'header_media')).toBe('Header image, video or document (link or media id)');
    expect(variableLabel(withButtons, 'header_1')).toBe('Header value “1”');
    expect(variableLabel(withButtons, 'invoice_number')).toBe('Value for “invoice_number”');
  });
});
