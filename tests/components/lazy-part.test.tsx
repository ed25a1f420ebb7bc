import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/error-boundary.tsx';
import { lazyPart } from '../../src/components/lazy-part.tsx';
import { I18nProvider } from '../../src/i18n/i18n-context.tsx';

function Readme({ text }: { text: string }) {
  return <p>{text}</p>;
}

function renderPart(Part: ReturnType<typeof lazyPart<{ text: string }>>, language: 'es' | 'en' = 'en') {
  return render(
    <ErrorBoundary language={language}>
      <I18nProvider language={language}>
        <p>the panel</p>
        <Suspense fallback={<p role="status">loading</p>}>
          <Part text="the README" />
        </Suspense>
      </I18nProvider>
    </ErrorBoundary>,
  );
}

describe('lazyPart', () => {
  it('says in place that the part could not be fetched, keeps the page, and fetches it again on Try again', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<typeof Readme>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Readme);
    renderPart(lazyPart(load));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This part could not be loaded: the connection failed.');
    // The page's own error screen is not shown: the rest of the page stays.
    expect(screen.getByText('the panel')).toBeTruthy();
    expect(screen.queryByTestId('error')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the README')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
    quiet.mockRestore();
  });

  it('speaks Spanish on the Spanish page', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderPart(
      lazyPart(() => Promise.reject(new TypeError('Failed to fetch'))),
      'es',
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Esta parte no se pudo cargar');
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeTruthy();
    quiet.mockRestore();
  });

  it('fetches a part once for every mount after it has loaded', async () => {
    const load = vi.fn(async () => Readme);
    const Part = lazyPart(load);
    const { unmount } = renderPart(Part);
    expect(await screen.findByText('the README')).toBeTruthy();
    unmount();
    renderPart(Part);
    expect(await screen.findByText('the README')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves an error of the part itself (not of its fetch) to the page’s boundary, with its own words', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('Invalid array length');
    }
    renderPart(lazyPart(async () => Broken));
    const alert = await screen.findByTestId('error');
    expect(alert.textContent).toContain('The page failed while drawing (Invalid array length).');
    expect(alert.textContent).not.toContain('connection');
    quiet.mockRestore();
  });
});
