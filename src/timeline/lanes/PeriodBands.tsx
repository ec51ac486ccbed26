import { messages } from '../../i18n/messages';
import type { PeriodBand } from '../../view/periods';

import { PERIOD_LINE, PERIOD_STRIP } from '../sizes';

/** Labelled bands behind the lanes; the label strip sits above the lanes so it never hides events. */
export function PeriodBands({
  bands,
  height,
  width,
  onPeriod,
  strip = PERIOD_STRIP,
  scale = 1,
}: {
  bands: PeriodBand[];
  height: number;
  width: number;
  onPeriod: (id: string) => void;
  strip?: number;
  scale?: number;
}) {
  // Names sit at the strip's top whether it holds one line or two, so a band's name does not move when its neighbour wraps.
  const first = Math.min(strip * 0.6, 16 * scale);
  return (
    <g className="periods" aria-hidden="true">
      {bands.map((b) => {
        const x0 = Math.max(b.x0, -1);
        const x1 = Math.min(b.x1, width + 1);
        return (
          <g key={b.period.id} className={`period period-${b.index % 2 ? 'b' : 'a'}`}>
            <rect className="period-band" x={x0} y={0} width={Math.max(0, x1 - x0)} height={height} />
            <rect className="period-head" x={x0} y={0} width={Math.max(0, x1 - x0)} height={strip - 4} onClick={() => onPeriod(b.period.id)}>
              <title>{messages().zoomToNamed(b.period.title)}</title>
            </rect>
            {b.x0 > 0 && <line className="period-edge" x1={b.x0} x2={b.x0} y2={height} />}
            {b.label && (
              <text className="period-label" x={b.labelX} y={first}>
                {b.label}
                {/* The space the wrap took, so the text reads as the name it is. */}
                {b.label2 && ' '}
                {b.label2 && (
                  <tspan x={b.labelX} dy={PERIOD_LINE * scale}>
                    {b.label2}
                  </tspan>
                )}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
