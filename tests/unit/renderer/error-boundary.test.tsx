import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RootErrorFallback } from '../../../src/renderer/app/root-error-fallback';
import { ErrorBoundary } from '../../../src/renderer/components/error-boundary';
import { RenderErrorNotice } from '../../../src/renderer/components/render-error-notice';

function Broken(): never {
  throw new Error('cannot read the draft');
}

describe('render errors', () => {
  afterEach(() => vi.restoreAllMocks());

  it('show what broke and a reload button instead of a blank screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MantineProvider>
        <ErrorBoundary fallback={(error) => <RenderErrorNotice error={error} />}>
          <Broken />
        </ErrorBoundary>
      </MantineProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('此页面无法显示');
    expect(screen.getByText('cannot read the draft')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
  });

  it('are caught above the providers too', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary fallback={(error) => <RootErrorFallback error={error} />}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
  });
});
