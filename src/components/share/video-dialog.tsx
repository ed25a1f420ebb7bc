import { useEffect, useRef, useState } from 'react';
import { formatCount, formatSeconds } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import {
  VIDEO_HOLD_MS,
  VIDEO_PACES_MS,
  VIDEO_SIZES,
  VIDEO_STEPS,
  type VideoFormat,
  type VideoProgress,
  type VideoRequest,
  type VideoSizeId,
  type VideoStep,
} from '../../model/export/video-plan.ts';
import { Dialog } from '../dialog.tsx';

/** What the app gives the dialog to film the current view. */
export interface VideoSource {
  /** The formats this browser can encode at that size (checked with VideoEncoder.isConfigSupported). */
  formats(widthPx: number, heightPx: number): Promise<VideoFormat[]>;
  /** How many frames the current range makes at that step. */
  frameCount(step: VideoStep): number;
  /** Renders and encodes every frame; rejects with the signal's reason when it aborts. */
  start(
    request: VideoRequest,
    onProgress: (progress: VideoProgress) => void,
    signal: AbortSignal,
  ): Promise<{ blob: Blob; fileName: string }>;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: VideoProgress }
  | { kind: 'done'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed' };

/**
 * The Video dialog: format, size, step and pace, then a progress bar with the frame count, an estimate and
 * Cancel. The file is handed to `onSave` (a browser download). Closing the dialog cancels a clip in progress.
 */
export function VideoDialog(props: {
  source: VideoSource;
  onSave(blob: Blob, fileName: string): void;
  onClose(): void;
}) {
  const { source, onSave } = props;
  const { language, messages } = useI18n();
  const [formats, setFormats] = useState<VideoFormat[] | null>(null);
  const [format, setFormat] = useState<VideoFormat>('mp4');
  const [sizeId, setSizeId] = useState<VideoSizeId>('square');
  const [step, setStep] = useState<VideoStep>('day');
  const [paceMs, setPaceMs] = useState<number>(500);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const size = VIDEO_SIZES.find((item) => item.id === sizeId) ?? VIDEO_SIZES[0];

  useEffect(() => {
    let isCurrent = true;
    setFormats(null);
    source.formats(size.widthPx, size.heightPx).then(
      (found) => {
        if (!isCurrent) return;
        setFormats(found);
        setFormat((current) => (found.includes(current) ? current : (found[0] ?? 'gif')));
      },
      () => {
        if (isCurrent) setFormats(['gif']);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [source, size.widthPx, size.heightPx]);

  // Leaving (closing the dialog, the page going away) stops a clip in progress and frees its map.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setPhase({
      kind: 'running',
      progress: { doneFrames: 0, totalFrames: source.frameCount(step), remainingMs: null },
    });
    try {
      const { blob, fileName } = await source.start(
        { format, sizeId, step, paceMs },
        (progress) => {
          if (!abort.signal.aborted) setPhase({ kind: 'running', progress });
        },
        abort.signal,
      );
      onSave(blob, fileName);
      setPhase({ kind: 'done', fileName });
    } catch {
      setPhase(abort.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed' });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };
  const cancel = () => controller.current?.abort(new DOMException('cancelled', 'AbortError'));

  const isRunning = phase.kind === 'running';
  const frames = source.frameCount(step);
  const seconds = (ms: number) => formatSeconds(ms, language);
  return (
    <Dialog title={messages.videoHeading} testId="video-dialog" onClose={props.onClose}>
      <p>{messages.videoIntro}</p>
      <div className="video-options">
        <label>
          {messages.videoFormat}
          <select
            data-testid="video-format"
            data-autofocus
            value={format}
            disabled={isRunning || formats === null}
            onChange={(event) => setFormat(event.target.value as VideoFormat)}
          >
            {(formats ?? [format]).map((item) => (
              <option key={item} value={item}>
                {messages.videoFormatNames[item]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {messages.videoSize}
          <select
            data-testid="video-size"
            value={sizeId}
            disabled={isRunning}
            onChange={(event) => setSizeId(event.target.value as VideoSizeId)}
          >
            {VIDEO_SIZES.map((item) => (
              <option key={item.id} value={item.id}>
                {messages.videoSizeNames[item.id]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {messages.videoStep}
          <select
            data-testid="video-step"
            value={step}
            disabled={isRunning}
            onChange={(event) => setStep(event.target.value as VideoStep)}
          >
            {VIDEO_STEPS.map((item) => (
              <option key={item} value={item}>
                {messages.videoStepNames[item]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {messages.videoPace}
          <select
            data-testid="video-pace"
            value={paceMs}
            disabled={isRunning}
            onChange={(event) => setPaceMs(Number(event.target.value))}
          >
            {VIDEO_PACES_MS.map((item) => (
              <option key={item} value={item}>
                {messages.videoPaceName(seconds(item))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p data-testid="video-summary">
        {formats === null
          ? messages.videoChecking
          : messages.videoSummary(formatCount(frames, language), seconds(frames * paceMs + VIDEO_HOLD_MS))}
      </p>
      {isRunning ? (
        <div className="video-progress" aria-live="polite">
          <progress
            data-testid="video-progress"
            max={phase.progress.totalFrames}
            value={phase.progress.doneFrames}
            aria-label={messages.videoHeading}
          />
          <p>
            {messages.videoProgress(
              formatCount(phase.progress.doneFrames, language),
              formatCount(phase.progress.totalFrames, language),
            )}
            {phase.progress.remainingMs === null
              ? null
              : ` · ${messages.videoRemaining(formatCount(phase.progress.remainingMs / 1000, language))}`}
          </p>
          <button type="button" data-testid="video-cancel" onClick={cancel}>
            {messages.videoCancel}
          </button>
        </div>
      ) : (
        <button type="button" data-testid="video-start" onClick={start} disabled={formats === null}>
          {messages.videoStart}
        </button>
      )}
      {phase.kind === 'done' ? (
        <p data-testid="video-status" role="status">
          {messages.videoDone(phase.fileName)}
        </p>
      ) : null}
      {phase.kind === 'cancelled' ? (
        <p data-testid="video-status" role="status">
          {messages.videoCancelled}
        </p>
      ) : null}
      {phase.kind === 'failed' ? <p role="alert">{messages.videoFailed}</p> : null}
    </Dialog>
  );
}
