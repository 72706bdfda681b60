import { createContext, useContext, useRef, useState } from 'react';
import type { IntlShape } from 'react-intl';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { useMediaUrl } from './media-source';

/**
 * A listening limit: how many more times the question's audio may be started,
 * and what to do when a play starts. The exam has main count it first (so the
 * count survives a restart, and main can refuse a play past the limit): the
 * clip plays once `onPlay` answers null, and not when it answers a reason.
 * No limit when there is none on screen.
 */
export interface AudioLimit {
  playsLeft: number;
  onPlay: (hash: string) => Promise<string | null>;
}

export const AudioLimitContext = createContext<AudioLimit | null>(null);

/** `1:05`, in the locale's digits. */
function clock(intl: IntlShape, seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '–:––';
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = intl.formatNumber(Math.floor(whole / 60), { useGrouping: false });
  const rest = intl.formatNumber(whole % 60, { minimumIntegerDigits: 2 });
  return `${minutes}:${rest}`;
}

function playsLeftWords(intl: IntlShape, limit: AudioLimit, underWay: boolean): string {
  if (limit.playsLeft > 0)
    return intl.formatMessage(messages.playsLeft, { count: limit.playsLeft });
  return intl.formatMessage(underWay ? messages.lastPlay : messages.noPlaysLeft);
}

/**
 * The app's own player for question audio: play and pause, the position and
 * the time, and the plays left when the question limits them. It never
 * starts by itself. A play counts when it starts from the beginning; pausing
 * and going on is the same play. With a limit the position cannot be moved,
 * so a limited clip is heard through as many times as allowed and no more.
 */
export function AudioPlayer({ hash, label }: { hash: string; label: string }) {
  const intl = useIntl();
  const media = useMediaUrl(hash);
  const limit = useContext(AudioLimitContext);
  const ref = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [underWay, setUnderWay] = useState(false);
  const [position, setPosition] = useState(0);
  const [duration, setDuration] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [counting, setCounting] = useState(false);

  const exhausted = limit !== null && limit.playsLeft <= 0 && !underWay;
  const ready = media.state === 'ready';

  const play = (audio: HTMLAudioElement) => {
    setProblem(null);
    audio.play().catch(() => setProblem(intl.formatMessage(messages.cannotPlay)));
  };

  const toggle = () => {
    const audio = ref.current;
    if (!audio || counting) return;
    if (!audio.paused) {
      audio.pause();
      return;
    }
    if (underWay || limit === null) {
      setUnderWay(true);
      play(audio);
      return;
    }
    if (exhausted) return;
    setCounting(true);
    void limit.onPlay(hash).then(
      (refusal) => {
        setCounting(false);
        if (refusal !== null) {
          setProblem(refusal);
          return;
        }
        setUnderWay(true);
        play(audio);
      },
      () => {
        setCounting(false);
        setProblem(intl.formatMessage(messages.notCounted));
      },
    );
  };

  const readDuration = () => {
    const d = ref.current?.duration;
    setDuration(d !== undefined && Number.isFinite(d) ? d : null);
  };

  return (
    <span className="audio-player" role="group" aria-label={label}>
      {ready && (
        <audio
          ref={ref}
          src={media.url}
          preload="metadata"
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onEnded={() => {
            setPlaying(false);
            setUnderWay(false);
            setPosition(0);
            if (ref.current) ref.current.currentTime = 0;
          }}
          onTimeUpdate={() => setPosition(ref.current?.currentTime ?? 0)}
          onLoadedMetadata={readDuration}
          onDurationChange={readDuration}
          onError={() => setProblem(intl.formatMessage(messages.cannotLoad))}
        />
      )}
      <button
        type="button"
        className="button audio-player__toggle"
        disabled={!ready || (exhausted && !playing)}
        aria-busy={counting}
        onClick={toggle}
      >
        {intl.formatMessage(playing ? messages.pause : underWay ? messages.resume : messages.play)}
      </button>
      <input
        type="range"
        className="audio-player__position"
        aria-label={intl.formatMessage(messages.position)}
        min={0}
        max={duration ?? 0}
        step={1}
        value={Math.min(position, duration ?? 0)}
        aria-valuetext={intl.formatMessage(messages.positionOf, {
          position: clock(intl, position),
          duration: clock(intl, duration),
        })}
        disabled={limit !== null || duration === null}
        onChange={(e) => {
          const audio = ref.current;
          if (!audio) return;
          audio.currentTime = Number(e.target.value);
          setPosition(audio.currentTime);
        }}
      />
      <span className="audio-player__time" aria-hidden="true">
        {clock(intl, position)} / {clock(intl, duration)}
      </span>
      {limit !== null && (
        <span className="audio-player__plays" aria-live="polite">
          {playsLeftWords(intl, limit, underWay)}
        </span>
      )}
      {media.state === 'loading' && (
        <span className="audio-player__note">{intl.formatMessage(messages.loadingClip)}</span>
      )}
      {media.state === 'failed' && (
        <span className="audio-player__note" role="alert">
          {intl.formatMessage(messages.clipMissing)}
        </span>
      )}
      {problem !== null && (
        <span className="audio-player__note" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
