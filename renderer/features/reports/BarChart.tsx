// A horizontal bar chart in SVG, drawn with visx (airbnb/visx: d3 scales and React shapes, no chart
// runtime of its own). Horizontal, because the labels (subject areas, Hindi lab names, titles) are
// long. The chart is a picture of the table beside it, which holds the figures for screen readers,
// keyboard users and print; the chart names itself and points there.
import { Group } from '@visx/group';
import { Bar } from '@visx/shape';
import { scaleBand, scaleLinear } from '@visx/scale';
import { clip } from '../print/clip';

export interface BarDatum {
  label: string;
  value: number;
  /** The label's language when it is not the page's (an entry title shown in English on a Hindi page). */
  lang?: string;
}

const WIDTH = 520;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 56;
const BAR_HEIGHT = 22;
const GAP = 6;
const MAX_LABEL_CHARACTERS = 30;

export function BarChart({ data, label, formatValue }: { data: readonly BarDatum[]; label: string; formatValue(value: number): string }) {
  const height = Math.max(1, data.length) * (BAR_HEIGHT + GAP) + GAP;
  const barsWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const y = scaleBand<number>({ domain: data.map((_, index) => index), range: [GAP, height], paddingInner: GAP / (BAR_HEIGHT + GAP) });
  const x = scaleLinear<number>({ domain: [0, Math.max(1, ...data.map((datum) => datum.value))], range: [0, barsWidth], nice: true });
  return (
    <svg className="report-chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
      {data.map((datum, index) => {
        const top = y(index) ?? 0;
        const barWidth = x(datum.value);
        return (
          <Group key={index} top={top} aria-hidden="true">
            <text className="report-chart-label" x={LABEL_WIDTH - 8} y={y.bandwidth() / 2} dominantBaseline="middle" textAnchor="end" lang={datum.lang}>
              {clip(datum.label, MAX_LABEL_CHARACTERS)}
            </text>
            <Bar className="report-chart-bar" x={LABEL_WIDTH} y={0} width={Math.max(datum.value > 0 ? 2 : 0, barWidth)} height={y.bandwidth()} />
            <text className="report-chart-value" x={LABEL_WIDTH + barWidth + 6} y={y.bandwidth() / 2} dominantBaseline="middle">
              {formatValue(datum.value)}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}
