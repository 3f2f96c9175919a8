import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, readPublicText } from '../../tests/fixtures/public-files';
import { DATA_FILE_TIMEOUT_MS, DataFileError, loadDataFile, parseDataFile } from './load-data-file';
import { parseTeamsFile } from './teams-file';

const realText = readPublicText(DATA_FILES.teams);

function editedTeams(edit: (file: { teams: Record<string, unknown>[]; kinds: unknown[] }) => void): string {
  const file = JSON.parse(realText) as { teams: Record<string, unknown>[]; kinds: unknown[] };
  edit(file);
  return JSON.stringify(file);
}

const parse = (text: string) => parseDataFile('data/2021/teams.json', text, parseTeamsFile);

function problemOf(text: string): DataFileError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseDataFile with the teams parser', () => {
  it('accepts the real teams file without problems', () => {
    const file = parse(realText);
    expect(file.teams).toHaveLength(44);
    expect(file.problems).toEqual({ messages: [], rejected: 0 });
  });

  it('rejects text that is not JSON, naming the file', () => {
    const error = problemOf(realText.slice(0, 200));
    expect(error.problem).toBe('json');
    expect(error.message).toMatch(/^data\/2021\/teams\.json: geen geldige JSON, misschien afgebroken/);
    expect(problemOf('').details).toEqual(['het bestand is leeg']);
  });

  it('leaves out a team with an unknown province code, naming the record and field, and keeps the other 43', () => {
    const file = parse(
      editedTeams((f) => {
        (f.teams[2]!.locations as { province: string }[])[0]!.province = 'NL-XX';
      }),
    );
    expect(file.teams).toHaveLength(43);
    expect(file.teams.map((t) => t.id)).not.toContain('natuur-baarn');
    expect(file.problems.rejected).toBe(1);
    expect(file.problems.messages).toEqual([
      expect.stringMatching(
        /^teams\[2\] \(id "natuur-baarn"\)\.locations\[0\]\.province: onbekende waarde: de tekst "NL-XX"; toegestaan: "NL-DR", /,
      ),
    ]);
  });

  it('explains a number written as a Dutch string', () => {
    const file = parse(
      editedTeams((f) => {
        (f.teams[0]!.locations as { coordinates: unknown[] }[])[0]!.coordinates = ['6,0408', 51.6383];
      }),
    );
    expect(file.problems.messages).toEqual([
      'teams[0] (id "natuur-afferden").locations[0].coordinates[0]: getal als tekst geschreven ("6,0408"): schrijf 6.0408, zonder aanhalingstekens en met een punt als decimaalteken',
    ]);
  });

  it('names a missing required field', () => {
    const file = parse(
      editedTeams((f) => {
        delete f.teams[4]!.kind;
      }),
    );
    expect(file.problems.messages).toEqual([
      expect.stringMatching(/^teams\[4\] \(id "[a-z-]+"\)\.kind: ontbreekt \(verplicht veld\)$/),
    ]);
  });

  it('leaves out coordinates outside the Netherlands, and a second record with an id already used', () => {
    const outside = parse(
      editedTeams((f) => {
        (f.teams[1]!.locations as { coordinates: number[] }[])[0]!.coordinates = [51.35, 5.26];
      }),
    );
    expect(outside.problems.messages[0]).toContain('liggen niet in Nederland (zijn ze verwisseld?)');
    const duplicate = parse(
      editedTeams((f) => {
        f.teams[5]!.id = 'natuur-afferden';
      }),
    );
    expect(duplicate.teams).toHaveLength(43);
    expect(duplicate.problems.messages).toEqual([
      'teams[5] (id "natuur-afferden"): dubbele id "natuur-afferden", al gebruikt door teams[0] (id "natuur-afferden")',
    ]);
  });

  it('rejects the whole file when its list is empty, of the wrong shape, or no team is usable', () => {
    expect(problemOf(editedTeams((f) => f.teams.splice(0))).details).toEqual(['teams: de lijst met teams is leeg']);
    expect(problemOf('[1, 2, 3]').details).toEqual([
      '(hele bestand): verwacht een object { … }, maar vond een lijst met 3 elementen',
    ]);
    expect(problemOf('{"teams": [{"locations": [{"coordinates": [NaN, 52.1]}]}]}').details[0]).toMatch(
      /^geen geldige JSON: NaN en Infinity zijn in JSON geen getallen; schrijf een getal/,
    );
    expect(problemOf('{"coordinates": [5.2, -Infinity]}').details[0]).toMatch(/NaN en Infinity/);
    expect(problemOf('[1]').details).toEqual([
      '(hele bestand): verwacht een object { … }, maar vond een lijst met 1 element',
    ]);
    expect(problemOf(editedTeams((f) => f.kinds.splice(2))).details).toEqual([
      'kinds: soort team "administratief" ontbreekt',
    ]);
    const none = problemOf(editedTeams((f) => f.teams.splice(1)[0] && (f.teams[0] = { id: 'X' })));
    expect(none.details.at(-1)).toBe('teams: geen enkel team is bruikbaar');
  });
});

describe('loadDataFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports an HTTP error with its status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404, statusText: 'Not Found' })),
    );
    await expect(loadDataFile('data/2021/teams.json', parseTeamsFile)).rejects.toMatchObject({
      problem: 'http',
      status: 404,
      message: 'data/2021/teams.json: de server antwoordde 404 Not Found',
    });
  });

  it('reports a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(loadDataFile('data/2021/teams.json', parseTeamsFile)).rejects.toMatchObject({
      problem: 'network',
      status: undefined,
    });
  });

  it('gives up after the time-out when the server does not answer, as a time-out', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal(
        'fetch',
        vi.fn(
          (_url: URL, init: RequestInit) =>
            new Promise((_resolve, reject) => {
              init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
            }),
        ),
      );
      const loading = loadDataFile('data/2021/teams.json', parseTeamsFile);
      const outcome = expect(loading).rejects.toMatchObject({
        problem: 'timeout',
        details: ['geen volledig antwoord binnen 15 seconden'],
      });
      await vi.advanceTimersByTimeAsync(DATA_FILE_TIMEOUT_MS);
      await outcome;
    } finally {
      vi.useRealTimers();
    }
  });

  it('fetches relative to the page, so the app works from a sub-path', async () => {
    const fetchMock = vi.fn(async () => new Response(realText));
    vi.stubGlobal('fetch', fetchMock);
    await loadDataFile('data/2021/teams.json', parseTeamsFile);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe(
      new URL('data/2021/teams.json', document.baseURI).href,
    );
  });
});
