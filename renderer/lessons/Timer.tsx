/** The lesson's optional timer: elapsed time, or time left when the lesson sets a limit. */
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { clock } from './session';

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

export function Timer({ startedAt, limitMinutes }: { startedAt: number; limitMinutes?: number }) {
  const t = useT();
  const [shown, setShown] = useState(limitMinutes !== undefined);
  const now = useNow(shown);
  const elapsed = (now - startedAt) / 1000;
  let text = t('lessonPanel.elapsed', { time: clock(elapsed) });
  if (limitMinutes !== undefined) {
    const left = limitMinutes * 60 - elapsed;
    text =
      left >= 0
        ? t('lessonPanel.timeLeft', { time: clock(left) })
        : t('lessonPanel.timeUp', { time: clock(-left) });
  }
  return (
    <div className="lesson-timer">
      <label>
        <input type="checkbox" checked={shown} onChange={() => setShown(!shown)} /> {t('lessonPanel.timer')}
      </label>
      {shown && (
        <span
          data-testid="lesson-timer"
          className={limitMinutes !== undefined && elapsed > limitMinutes * 60 ? 'late' : undefined}
        >
          {' '}
          {text}
        </span>
      )}
    </div>
  );
}
