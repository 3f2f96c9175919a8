// Validates a list of records one by one, so that one bad record is reported and left out, and the rest is used.
import type { z } from './zod';
import { describePath, issueDetails } from './load-data-file';

/** What was wrong in a file that could still be used: messages as `where: what`, and how many records were left out. */
export interface RecordProblems {
  messages: string[];
  rejected: number;
}

export const NO_PROBLEMS: RecordProblems = { messages: [], rejected: 0 };

/**
 * The records of `items` (found at `listPath` in the file `root`) that match `schema`. Where `idOf` is given, a
 * record whose id an earlier record already has is left out too.
 */
export function validRecords<Schema extends z.ZodMiniType>(
  items: readonly unknown[],
  schema: Schema,
  listPath: readonly PropertyKey[],
  root: unknown,
  idOf?: (record: z.infer<Schema>) => string,
): { records: z.infer<Schema>[]; problems: RecordProblems } {
  const records: z.infer<Schema>[] = [];
  const messages: string[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const path = [...listPath, index];
    const result = schema.safeParse(item);
    if (!result.success) {
      messages.push(...issueDetails(result.error.issues, root, path));
      return;
    }
    const id = idOf?.(result.data);
    if (id !== undefined) {
      const earlier = firstIndex.get(id);
      if (earlier !== undefined) {
        messages.push(
          `${describePath(path, root)}: dubbele id "${id}", al gebruikt door ${describePath([...listPath, earlier], root)}`,
        );
        return;
      }
      firstIndex.set(id, index);
    }
    records.push(result.data);
  });
  return { records, problems: { messages, rejected: items.length - records.length } };
}
