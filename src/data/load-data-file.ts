// Fetches one JSON data file and validates it against its schema: the only place raw data enters the app.
import type { z } from 'zod';

export type DataFileProblem = 'network' | 'timeout' | 'http' | 'json' | 'schema';

/** A data file that could not be used, with messages that name the file, the record and the field. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problem: DataFileProblem;
  readonly details: readonly string[];

  constructor(file: string, problem: DataFileProblem, details: readonly string[]) {
    super(`${file}: ${details[0] ?? problem}`);
    this.name = 'DataFileError';
    this.file = file;
    this.problem = problem;
    this.details = details;
  }
}

export const DATA_FILE_TIMEOUT_MS = 15_000;

/** `path` is relative to the page, so the app works from any sub-path. */
export async function loadDataFile<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
  const timeout = AbortSignal.timeout(DATA_FILE_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(new URL(path, document.baseURI), {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (timeout.aborted) {
      throw new DataFileError(path, 'timeout', [`geen antwoord binnen ${DATA_FILE_TIMEOUT_MS / 1000} seconden`]);
    }
    if (signal?.aborted) throw error;
    throw new DataFileError(path, 'network', ['het netwerk gaf geen antwoord']);
  }
  if (!response.ok) {
    throw new DataFileError(path, 'http', [`de server antwoordde ${response.status} ${response.statusText}`.trim()]);
  }
  const text = await response.text();
  return parseDataFile(path, text, schema);
}

/** Parses and validates a file's text; shared by the app and the `validate-data` command. */
export function parseDataFile<Schema extends z.ZodType>(path: string, text: string, schema: Schema): z.infer<Schema> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFileError(path, 'json', [`geen geldige JSON (${reason})`]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new DataFileError(
      path,
      'schema',
      result.error.issues.map((issue) => `${describePath(issue.path, raw)}: ${issue.message}`),
    );
  }
  return result.data;
}

/** `teams[3] (id "natuur-baarn").locations[0].province`: names the record by its id where it has one. */
export function describePath(path: readonly PropertyKey[], raw: unknown): string {
  if (path.length === 0) return '(hele bestand)';
  let text = '';
  let node: unknown = raw;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && isRecord(node) && typeof node.id === 'string') {
      text += ` (id "${node.id}")`;
    }
  }
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
