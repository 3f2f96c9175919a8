import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPublicText } from '../../tests/fixtures/public-files';
import { DataFileError, loadDataFile, parseDataFile } from './load-data-file';
import { teamsFileSchema } from './teams-file';
import { DATA_FILES } from './queries';

const realText = readPublicText(DATA_FILES.teams);

function editedTeams(edit: (file: { teams: Record<string, unknown>[] }) => void): string {
  const file = JSON.parse(realText) as { teams: Record<string, unknown>[] };
  edit(file);
  return JSON.stringify(file);
}

function problemOf(text: string): DataFileError {
  try {
    parseDataFile('data/teams.json', text, teamsFileSchema);
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseDataFile', () => {
  it('accepts the real teams file', () => {
    expect(parseDataFile('data/teams.json', realText, teamsFileSchema).teams).toHaveLength(44);
  });

  it('rejects text that is not JSON, naming the file', () => {
    const error = problemOf(realText.slice(0, 200));
    expect(error.problem).toBe('json');
    expect(error.message).toMatch(/^data\/teams\.json: geen geldige JSON/);
  });

  it('names the record and field of an unknown province code', () => {
    const error = problemOf(editedTeams((f) => {
      (f.teams[2]!.locations as { province: string }[])[0]!.province = 'NL-XX';
    }));
    expect(error.problem).toBe('schema');
    expect(error.details[0]).toMatch(/^teams\[2\] \(id "natuur-baarn"\)\.locations\[0\]\.province: /);
  });

  it('rejects a number written as a Dutch string', () => {
    const error = problemOf(editedTeams((f) => {
      (f.teams[0]!.locations as { coordinates: unknown[] }[])[0]!.coordinates = ['6,0408', 51.6383];
    }));
    expect(error.details[0]).toMatch(/^teams\[0\] \(id "natuur-afferden"\)\.locations\[0\]\.coordinates\[0\]: /);
  });

  it('rejects coordinates outside the Netherlands and duplicate ids', () => {
    const outside = problemOf(editedTeams((f) => {
      (f.teams[1]!.locations as { coordinates: number[] }[])[0]!.coordinates = [51.35, 5.26];
    }));
    expect(outside.details[0]).toContain('liggen niet in Nederland');
    const duplicate = problemOf(editedTeams((f) => {
      f.teams[5]!.id = 'natuur-afferden';
    }));
    expect(duplicate.details).toContain('teams[5] (id "natuur-afferden").id: dubbele id "natuur-afferden"');
  });

  it('rejects an empty team list', () => {
    expect(problemOf(editedTeams((f) => f.teams.splice(0))).details).toEqual(['teams: de lijst met teams is leeg']);
  });
});

describe('loadDataFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports an HTTP error with its status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404, statusText: 'Not Found' })));
    await expect(loadDataFile('data/teams.json', teamsFileSchema)).rejects.toMatchObject({
      problem: 'http',
      message: 'data/teams.json: de server antwoordde 404 Not Found',
    });
  });

  it('reports a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(loadDataFile('data/teams.json', teamsFileSchema)).rejects.toMatchObject({ problem: 'network' });
  });

  it('fetches relative to the page, so the app works from a sub-path', async () => {
    const fetchMock = vi.fn(async () => new Response(realText));
    vi.stubGlobal('fetch', fetchMock);
    await loadDataFile('data/teams.json', teamsFileSchema);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe(new URL('data/teams.json', document.baseURI).href);
  });
});
