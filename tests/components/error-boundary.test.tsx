import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/error-boundary.tsx';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('Invalid array length');
  return <p>the map</p>;
}

describe('ErrorBoundary', () => {
  it('shows the alert screen with the reason instead of a blank page, and draws again on retry', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    shouldThrow = true;
    render(
      <ErrorBoundary language="en">
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    // A drawing failure, not the data's: the title says so.
    expect(screen.getByRole('heading').textContent).toBe('The page could not be shown');
    expect(alert.textContent).toContain('The page failed while drawing (Invalid array length).');
    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('the map')).toBeTruthy();
    quiet.mockRestore();
  });

  it('speaks Spanish on the Spanish page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    shouldThrow = true;
    render(
      <ErrorBoundary language="es">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading').textContent).toBe('La página no pudo mostrarse');
    expect(screen.getByRole('alert').textContent).toContain('La página falló al dibujarse');
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeTruthy();
    quiet.mockRestore();
  });
});
