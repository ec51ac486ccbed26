import { messages } from '../../i18n/messages';
import type { PeriodBand } from '../../view/periods';

import { PERIOD_STRIP } from '../sizes';

/** Labelled bands behind the lanes; the label strip sits above the lanes so it never hides events. */
export function PeriodBands({
  bands,
  height,
  width,
  onPeriod,
  strip = PERIOD_STRIP,
}: {
  bands: PeriodBand[];
  height: number;
  width: number;
  onPeriod: (id: string) => void;
  strip?: number;
}) {
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
              <text className="period-label" x={b.labelX} y={strip * 0.6}>
                {b.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
