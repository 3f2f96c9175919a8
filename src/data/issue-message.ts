// Dutch messages for schema problems, written for the editor who has to fix the data file.
import type { core } from 'zod/mini';

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst [ … ]',
  object: 'een object { … }',
  tuple: 'een lijst [ … ]',
  null: 'null',
};

/** A number written as text the Dutch way ("579,66", "1.234,5"): the commonest slip when copying from the report. */
const DUTCH_NUMBER = /^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+,\d+$/;

function describeValue(value: unknown): string {
  if (value === undefined) return 'niets';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return `de tekst ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `het getal ${value}` : String(value);
  if (Array.isArray(value))
    return value.length === 1 ? 'een lijst met 1 element' : `een lijst met ${value.length} elementen`;
  if (typeof value === 'object') return 'een object';
  return typeof value;
}

function expectedName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** zod's error map: the message of every issue that has no message of its own in the schema. */
export function issueMessage(issue: core.$ZodRawIssue): string {
  const missing =
    issue.input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code ?? '');
  if (missing) return 'ontbreekt (verplicht veld)';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'number' && typeof issue.input === 'string' && DUTCH_NUMBER.test(issue.input.trim())) {
        const asNumber = issue.input.trim().replace(/\./g, '').replace(',', '.');
        return `getal als tekst geschreven (${JSON.stringify(issue.input)}): schrijf ${asNumber}, zonder aanhalingstekens en met een punt als decimaalteken`;
      }
      return `verwacht ${expectedName(issue.expected)}, maar vond ${describeValue(issue.input)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.values.length === 1
        ? `verwacht ${allowed}, maar vond ${describeValue(issue.input)}`
        : `onbekende waarde: ${describeValue(issue.input)}; toegestaan: ${allowed}`;
    }
    case 'too_small':
      if (issue.origin === 'array')
        return issue.minimum === 1 ? 'de lijst is leeg' : `de lijst moet minstens ${issue.minimum} elementen hebben`;
      if (issue.origin === 'string') return 'de tekst is leeg';
      return `moet ${issue.inclusive ? 'minstens' : 'groter dan'} ${issue.minimum} zijn, maar is ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `de lijst mag hoogstens ${issue.maximum} elementen hebben`;
      if (issue.origin === 'string') return `de tekst mag hoogstens ${issue.maximum} tekens hebben`;
      return `mag ${issue.inclusive ? 'hoogstens' : 'kleiner dan'} ${issue.maximum} zijn, maar is ${describeValue(issue.input)}`;
    case 'invalid_format':
      return `heeft niet de juiste vorm: ${describeValue(issue.input)}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator && Array.isArray(issue.options)) {
        return `"${issue.discriminator}" moet een van ${issue.options.map((o: unknown) => JSON.stringify(o)).join(', ')} zijn`;
      }
      return `heeft niet een van de toegestane vormen (${describeValue(issue.input)})`;
    default:
      return `ongeldige waarde: ${describeValue(issue.input)}`;
  }
}
