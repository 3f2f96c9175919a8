// Fetches one data file and validates it: the only place raw data enters the app. Problems name the file, the
// record and the field, so that an editor can fix the file; `validate-data` prints the same messages.
import type { z } from './zod';

export type DataFileProblem = 'network' | 'timeout' | 'http' | 'json' | 'schema';

/**
 * A data file that could not be used at all. `problem` and `status` say what kind of failure it was, for code that
 * decides what to do (retry or not); `details` say it in words, for the editor.
 */
export class DataFileError extends Error {
  readonly file: string;
  readonly problem: DataFileProblem;
  readonly details: readonly string[];
  /** The HTTP status, when the server answered with an error (`problem` 'http'). */
  readonly status: number | undefined;

  constructor(file: string, problem: DataFileProblem, details: readonly string[], status?: number) {
    super(`${file}: ${details[0] ?? problem}`);
    this.name = 'DataFileError';
    this.file = file;
    this.problem = problem;
    this.details = details;
    this.status = status;
  }
}

/** Thrown by a parser when the data cannot be used; each detail reads `where: what is wrong`. */
export class InvalidData extends Error {
  readonly details: readonly string[];

  constructor(details: readonly string[]) {
    super(details[0] ?? 'ongeldige gegevens');
    this.name = 'InvalidData';
    this.details = details;
  }
}

/** Turns the parsed JSON of a file into its typed value, or throws InvalidData. */
export type Parser<T> = (raw: unknown) => T;

export const DATA_FILE_TIMEOUT_MS = 15_000;

/** `path` is relative to the page, so the app works from any sub-path. */
export async function loadDataFile<T>(path: string, parse: Parser<T>, signal?: AbortSignal): Promise<T> {
  // A timer rather than AbortSignal.timeout(): the same clock as the rest of the page, so tests can move it on.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), DATA_FILE_TIMEOUT_MS);
  const signals = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let text: string;
  try {
    const response = await fetch(new URL(path, document.baseURI), { signal: signals });
    if (!response.ok) {
      const detail = `de server antwoordde ${response.status} ${response.statusText}`.trim();
      throw new DataFileError(path, 'http', [detail], response.status);
    }
    // A body that stalls halfway is a time-out too, not a broken file.
    text = await response.text();
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    if (timeout.signal.aborted) {
      throw new DataFileError(path, 'timeout', [
        `geen volledig antwoord binnen ${DATA_FILE_TIMEOUT_MS / 1000} seconden`,
      ]);
    }
    if (signal?.aborted) throw error;
    throw new DataFileError(path, 'network', ['het netwerk gaf geen antwoord']);
  } finally {
    clearTimeout(timer);
  }
  return parseDataFile(path, text, parse);
}

/** A value written as NaN or Infinity, which JavaScript prints but JSON does not allow. */
const NOT_A_JSON_NUMBER = /[:[,]\s*-?(?:NaN|Infinity)\s*[,\]}]/;

/** Parses and validates a file's text; shared by the app and the `validate-data` command. */
export function parseDataFile<T>(path: string, text: string, parse: Parser<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFileError(path, 'json', [
      text.trim() === ''
        ? 'het bestand is leeg'
        : NOT_A_JSON_NUMBER.test(text)
          ? `geen geldige JSON: NaN en Infinity zijn in JSON geen getallen; schrijf een getal (${reason})`
          : `geen geldige JSON, misschien afgebroken of met een tikfout (${reason})`,
    ]);
  }
  try {
    return parse(raw);
  } catch (error) {
    if (error instanceof InvalidData) throw new DataFileError(path, 'schema', error.details);
    throw error;
  }
}

/** A parser that accepts exactly what the schema describes. */
export function schemaParser<Schema extends z.ZodMiniType>(schema: () => Schema): Parser<z.infer<Schema>> {
  return (raw) => {
    const result = schema().safeParse(raw);
    if (!result.success) throw new InvalidData(issueDetails(result.error.issues, raw));
    return result.data;
  };
}

/** `where: message` for each issue; `prefix` is where in `root` (the whole file) the validated value sits. */
export function issueDetails(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  prefix: readonly PropertyKey[] = [],
): string[] {
  return issues.map((issue) => `${describePath([...prefix, ...issue.path], root)}: ${issue.message}`);
}

/** `teams[3] (id "natuur-baarn").locations[0].province`: names the record by its id where it has one. */
export function describePath(path: readonly PropertyKey[], root: unknown): string {
  if (path.length === 0) return '(hele bestand)';
  let text = '';
  let node: unknown = root;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && isRecord(node)) text += recordName(node);
  }
  return text;
}

/** How a record names itself: a team by its `id`, a province feature by its `code`. */
function recordName(record: Record<string, unknown>): string {
  if (typeof record.id === 'string') return ` (id "${record.id}")`;
  const code = isRecord(record.properties) ? record.properties.code : undefined;
  return typeof code === 'string' ? ` (code "${code}")` : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
