// The words for problems found across data files, shared by the app and the `validate-data` command.
import type { ProvinceMismatch } from '../domain/data-checks';
import { PROVINCE_NAMES, type ProvinceCode } from '../domain/provinces';
import type { Messages } from '../i18n/messages';

const named = (code: ProvinceCode) => `${code} (${PROVINCE_NAMES[code]})`;

export function provinceMismatchText(mismatch: ProvinceMismatch, messages: Pick<Messages, 'provinceMismatch'>): string {
  return messages.provinceMismatch(
    `teams (id "${mismatch.teamId}").locations[${mismatch.locationIndex}].province`,
    mismatch.place,
    named(mismatch.recorded),
    mismatch.actual && named(mismatch.actual),
  );
}
