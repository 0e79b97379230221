/** The consent ledger as CSV for a compliance officer: one row per event, in recording order, RFC 4180 quoting. */
import type { ConsentEvent } from '../../shared/consent/events.ts';

const COLUMNS = [
  'id',
  'contact',
  'action',
  'categories',
  'source',
  'wording',
  'at',
  'recorded_by',
  'evidence',
  'recorded_at',
];

function cell(value: string): string {
  // Quote everything that could break a row, and defuse spreadsheet formulas (=, +, -, @) in free text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function consentCsv(events: Iterable<ConsentEvent & { recordedAt: number }>): string {
  const lines = [COLUMNS.join(',')];
  for (const event of events) {
    lines.push(
      [
        event.id,
        event.contact,
        event.action,
        event.categories.join(' '),
        event.source,
        event.wording,
        new Date(event.at).toISOString(),
        event.recordedBy,
        event.evidence ?? '',
        new Date(event.recordedAt).toISOString(),
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
