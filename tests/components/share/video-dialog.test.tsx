import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VideoDialog, type VideoSource } from '../../../src/components/share/video-dialog.tsx';
import { I18nProvider } from '../../../src/i18n/i18n-context.tsx';
import type { Language } from '../../../src/i18n/messages.ts';
import type { VideoFormat, VideoProgress, VideoRequest } from '../../../src/model/export/video-plan.ts';

/** A source whose clip is driven by the test: it reports progress and finishes when told. */
function makeSource(formats: VideoFormat[] = ['mp4', 'gif']) {
  const requests: VideoRequest[] = [];
  let report: (progress: VideoProgress) => void = () => undefined;
  let finish: (result: { blob: Blob; fileName: string }) => void = () => undefined;
  let signal: AbortSignal | null = null;
  const source: VideoSource = {
    formats: vi.fn(async () => formats),
    frameCount: (step) => (step === 'day' ? 20 : 3),
    start: (request, onProgress, abortSignal) => {
      requests.push(request);
      report = onProgress;
      signal = abortSignal;
      return new Promise((done, fail) => {
        finish = done;
        abortSignal.addEventListener('abort', () => fail(abortSignal.reason));
      });
    },
  };
  return {
    source,
    requests,
    report: (progress: VideoProgress) => report(progress),
    finish: (result: { blob: Blob; fileName: string }) => finish(result),
    signal: () => signal,
  };
}

function renderDialog(source: VideoSource, language: Language = 'es') {
  const onSave = vi.fn();
  const onClose = vi.fn();
  const view = render(
    <I18nProvider language={language}>
      <VideoDialog source={source} onSave={onSave} onClose={onClose} />
    </I18nProvider>,
  );
  return { onSave, onClose, ...view };
}

const optionsOf = (testId: string) =>
  Array.from(screen.getByTestId(testId).querySelectorAll('option'), (option) => option.value);

describe('VideoDialog', () => {
  it('offers only the formats the browser can encode, a day a frame by default', async () => {
    const { source } = makeSource(['webm', 'gif']);
    renderDialog(source);
    await waitFor(() => expect(optionsOf('video-format')).toEqual(['webm', 'gif']));
    expect((screen.getByTestId('video-format') as HTMLSelectElement).value).toBe('webm');
    expect((screen.getByTestId('video-step') as HTMLSelectElement).value).toBe('day');
    expect(optionsOf('video-step')).toEqual(['day', 'week']);
  });

  it('checks the formats again for the size chosen', async () => {
    const { source } = makeSource();
    renderDialog(source);
    await waitFor(() => expect(source.formats).toHaveBeenCalledWith(1080, 1080));
    fireEvent.change(screen.getByTestId('video-size'), { target: { value: 'portrait' } });
    await waitFor(() => expect(source.formats).toHaveBeenCalledWith(1080, 1920));
  });

  it('says how many frames and seconds the clip will have, in the language of the page', async () => {
    const { source } = makeSource();
    renderDialog(source, 'en');
    await waitFor(() =>
      expect(screen.getByTestId('video-summary').textContent).toBe('20 frames, 11.5 s of video.'),
    );
    fireEvent.change(screen.getByTestId('video-step'), { target: { value: 'week' } });
    expect(screen.getByTestId('video-summary').textContent).toBe('3 frames, 3 s of video.');
  });

  it('starts with the choices made and shows the frame count and an estimate', async () => {
    const fake = makeSource();
    renderDialog(fake.source, 'en');
    await waitFor(() => expect(screen.getByTestId('video-start')).not.toHaveProperty('disabled', true));
    fireEvent.change(screen.getByTestId('video-format'), { target: { value: 'gif' } });
    fireEvent.change(screen.getByTestId('video-pace'), { target: { value: '250' } });
    fireEvent.click(screen.getByTestId('video-start'));
    expect(fake.requests).toEqual([{ format: 'gif', sizeId: 'square', step: 'day', paceMs: 250 }]);
    fake.report({ doneFrames: 5, totalFrames: 20, remainingMs: 12_000 });
    await waitFor(() => expect(screen.getByText('Frame 5 of 20 · about 12 s left')).toBeTruthy());
    const progress = screen.getByTestId('video-progress') as HTMLProgressElement;
    expect([progress.value, progress.max]).toEqual([5, 20]);
    expect((screen.getByTestId('video-format') as HTMLSelectElement).disabled).toBe(true);
  });

  it('saves the file under its name when done', async () => {
    const fake = makeSource();
    const { onSave } = renderDialog(fake.source, 'en');
    await waitFor(() => expect(optionsOf('video-format')).toEqual(['mp4', 'gif']));
    fireEvent.click(screen.getByTestId('video-start'));
    const blob = new Blob(['x'], { type: 'video/mp4' });
    fake.finish({ blob, fileName: 'peru-protestas_2023-01-01_2023-01-20.mp4' });
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(blob, 'peru-protestas_2023-01-01_2023-01-20.mp4'),
    );
    expect(screen.getByTestId('video-status').textContent).toBe(
      'Done: peru-protestas_2023-01-01_2023-01-20.mp4',
    );
  });

  it('cancels at once: the clip is aborted, nothing is saved and it can start again', async () => {
    const fake = makeSource();
    const { onSave } = renderDialog(fake.source);
    await waitFor(() => expect(optionsOf('video-format')).toEqual(['mp4', 'gif']));
    fireEvent.click(screen.getByTestId('video-start'));
    fireEvent.click(screen.getByTestId('video-cancel'));
    expect(fake.signal()?.aborted).toBe(true);
    await waitFor(() => expect(screen.getByTestId('video-status').textContent).toBe('Video cancelado.'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByTestId('video-progress')).toBeNull();
    fireEvent.click(screen.getByTestId('video-start'));
    expect(fake.requests).toHaveLength(2);
  });

  it('stops a clip in progress when the dialog closes', async () => {
    const fake = makeSource();
    const { unmount } = renderDialog(fake.source);
    await waitFor(() => expect(optionsOf('video-format')).toEqual(['mp4', 'gif']));
    fireEvent.click(screen.getByTestId('video-start'));
    unmount();
    expect(fake.signal()?.aborted).toBe(true);
  });

  it('says so when the clip cannot be made', async () => {
    const source: VideoSource = {
      formats: async () => ['gif'],
      frameCount: () => 1,
      start: async () => {
        throw new Error('no WebGL');
      },
    };
    renderDialog(source, 'en');
    await waitFor(() => expect(optionsOf('video-format')).toEqual(['gif']));
    fireEvent.click(screen.getByTestId('video-start'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The video could not be made in this browser.'),
    );
  });
});
