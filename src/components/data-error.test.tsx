import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createQueryClient } from '../data/query-client';
import { dataFileQuery } from '../data/queries';
import { LanguageProvider } from '../i18n/language';
import { QueryError } from './data-error';

const FILES = ['data/a.json', 'data/b.json', 'data/c.json'];

function File({ path }: { path: string }) {
  const query = useQuery(dataFileQuery(path, (raw) => raw as { name: string }));
  if (query.isSuccess) return <p>{query.data.name}</p>;
  return <QueryError title={`${path} ontbreekt.`} query={query} />;
}

afterEach(() => vi.unstubAllGlobals());

describe('QueryError', () => {
  it('retries every failed data file with one press, and leaves the loaded ones alone', async () => {
    const failing = new Set(['data/a.json', 'data/b.json']);
    const requests: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: URL) => {
        const path = url.pathname.slice(1);
        requests.push(path);
        return failing.has(path)
          ? new Response('', { status: 404, statusText: 'Not Found' })
          : new Response(JSON.stringify({ name: `${path} geladen` }));
      }),
    );
    render(
      <QueryClientProvider client={createQueryClient()}>
        <LanguageProvider initial="nl">
          {FILES.map((path) => (
            <File key={path} path={path} />
          ))}
        </LanguageProvider>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(await screen.findByText('data/c.json geladen')).toBeInTheDocument();

    failing.clear();
    const first = screen.getAllByRole('alert')[0]!;
    expect(first).toHaveTextContent('data/a.json ontbreekt.');
    await userEvent.click(within(first).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('data/a.json geladen')).toBeInTheDocument();
    expect(await screen.findByText('data/b.json geladen')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryAllByRole('alert')).toEqual([]));
    expect(requests.toSorted()).toEqual(['data/a.json', 'data/a.json', 'data/b.json', 'data/b.json', 'data/c.json']);
  });
});
