/** The speaker's window (`?present=1&speaker=1`): the current step with its notes, the next step, and a clock. */
import { plainOf } from '../data/text/richText';
import { useEffect, useState } from 'react';
import type { DatasetIndex } from '../data/buildIndex';
import { formatAtPrecision, formatEventDate } from '../i18n/format';
import type { Step } from '../view/steps';
import { moreMessages, useMoreMessages } from '../i18n/more/more';

export function SpeakerView({ index, steps, step, onStep }: { index: DatasetIndex; steps: Step[]; step: number; onStep: (i: number) => void }) {
  const [started] = useState(() => Date.now());
  const t = useMoreMessages();
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const current = steps[step];
  const next = steps[step + 1];
  const elapsed = Math.floor((now - started) / 1000);
  return (
    <main className="app presenting speaker">
      <h1 className="visually-hidden">{t.speakerNotes(index.dataset.title)}</h1>
      <header className="speaker-head">
        <p className="progress">
          {step + 1} / {steps.length}
        </p>
        <p className="clock" aria-label={t.timeSinceStart}>
          {Math.floor(elapsed / 60)}:{String(elapsed % 60).padStart(2, '0')}
        </p>
        <button type="button" onClick={() => onStep(step - 1)} disabled={step === 0}>
          {t.previous}
        </button>
        <button type="button" onClick={() => onStep(step + 1)} disabled={!next}>
          {t.next}
        </button>
      </header>
      {current && <StepNotes index={index} step={current} heading={t.now} />}
      {next ? <StepNotes index={index} step={next} heading={t.upNext} brief /> : <p className="speaker-end">{t.lastStep}</p>}
    </main>
  );
}

function StepNotes({ index, step, heading, brief = false }: { index: DatasetIndex; step: Step; heading: string; brief?: boolean }) {
  const event = step.kind === 'event' ? index.byId.get(step.id) : undefined;
  const period = step.kind === 'period' ? index.dataset.periods.find((p) => p.id === step.id) : undefined;
  return (
    <section className={brief ? 'speaker-step next' : 'speaker-step'} aria-label={heading}>
      <h2>{heading}</h2>
      <p className="caption-date">{event ? formatEventDate(event) : period ? `${formatAtPrecision(period.start)} – ${formatAtPrecision(period.end)}` : ''}</p>
      <p className="caption-title" lang={index.dataset.locale} dir="auto">
        {step.title}
      </p>
      {!brief && (event ?? period)?.summary && (
        <p className="speaker-notes" lang={index.dataset.locale} dir="auto">
          {plainOf((event ?? period)!.summary)}
        </p>
      )}
      {!brief &&
        event?.quotes.map((q, i) => (
          <blockquote key={i}>
            “{q.text}” {q.by && <cite>— {q.by}</cite>}
          </blockquote>
        ))}
      {!brief && event?.disputed && <p className="speaker-notes">{moreMessages().disputed(event.disputed)}</p>}
    </section>
  );
}
