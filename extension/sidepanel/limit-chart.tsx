/**
 * Seven bars, one per day: the peak of the 24 h messaging limit used that day, against the limit. Inline SVG (no
 * chart library); the numbers are in the label for screen readers and in each bar's tooltip.
 */
import type { NumberSample } from '../db/records.ts';
import { dateTimeFormat, t } from '../ui/i18n.ts';
import { dailyUsage } from '../ui/models/limit-history.ts';

const WIDTH = 112;
const HEIGHT = 28;
const BAR = 12;
const GAP = (WIDTH - 7 * BAR) / 6;

export function LimitChart(props: { samples: readonly NumberSample[]; now: number }) {
  const days = dailyUsage(props.samples, props.now);
  const top = Math.max(1, ...days.map((d) => Math.max(d.used ?? 0, d.limit ?? 0)));
  const weekday = dateTimeFormat({ weekday: 'short' });
  const summary = days.map((d) => `${weekday.format(d.day)} ${d.used ?? '–'}`).join(', ');
  return (
    <svg
      class="limit-chart"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('limitChartLabel', summary)}
      data-testid="limit-chart"
    >
      {days.map((d, index) => {
        const height = d.used === null ? 1 : Math.max(1, (d.used / top) * HEIGHT);
        const over = d.limit !== null && d.used !== null && d.used >= d.limit;
        return (
          <rect
            key={d.day}
            x={index * (BAR + GAP)}
            y={HEIGHT - height}
            width={BAR}
            height={height}
            rx={2}
            class={d.used === null ? 'bar empty' : over ? 'bar full' : 'bar'}
          >
            <title>{`${weekday.format(d.day)}: ${d.used ?? '–'}${d.limit !== null ? ` / ${d.limit}` : ''}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
