import type { MessageKey, Translate } from '../locales';

/**
 * The services' BAD_USER_INPUT sentences, matched to the message keys that say them in the
 * person's language (`locales/*\/server-errors.ts`); a named group becomes the key's value. A
 * sentence not listed here is shown as the service wrote it.
 */
const SERVER_MESSAGES: ReadonlyArray<readonly [RegExp, MessageKey]> = [
  [/^Argument Validation Error$/, 'server.argumentValidation'],
  // class-validator's own sentences (the inputs' length, size and range rules), named to their field.
  [/^\S+ must be shorter than or equal to (?<n>\d+) characters$/, 'server.tooLong'],
  [/^\S+ must be longer than or equal to (?<n>\d+) characters$/, 'server.tooShort'],
  [/^\S+ must not be less than (?<n>[\d.]+)$/, 'server.tooSmall'],
  [/^\S+ must not be greater than (?<n>[\d.]+)$/, 'server.tooLarge'],
  [/^\S+ must contain at least (?<n>\d+) elements$/, 'server.tooFew'],
  [/^\S+ must contain no more than (?<n>\d+) elements$/, 'server.tooMany'],
  [/ (may not contain a NUL character|is not valid Unicode text \(a lone surrogate\))$/, 'server.badText'],
  [/^A visit cannot be recorded for a day in the future$/, 'server.visitInFuture'],
  [/^visitedOn is a day, YYYY-MM-DD$/, 'server.visitDay'],
  [/^The current pairing started on (?<day>\S+): a visit before it is not this official's$/, 'server.visitBeforePairing'],
  [/^Unknown mode$/, 'server.visitMode'],
  [/^Say what was done$/, 'server.visitSummary'],
  [/^The summary is longer than 2000 characters$/, 'server.visitSummaryLong'],
  [/^handedOver is longer than 2000 characters$/, 'server.handedOverLong'],
  [/^A period is a month, YYYY-MM$/, 'server.period'],
  [/^An excuse cannot be recorded for a month in the future$/, 'server.excuseInFuture'],
  [/^The current pairing started on (?<day>\S+): an earlier month is not this official's$/, 'server.monthBeforePairing'],
  [/^Unknown reason$/, 'server.excuseReason'],
  [/^The note is longer than 2000 characters$/, 'server.noteLong'],
  [/^A month that has not begun cannot be reported on$/, 'server.reportInFuture'],
  [/^Describe the progress and operations of the month$/, 'server.reportProgress'],
  [/^progress is longer than 4000 characters$/, 'server.reportProgressLong'],
  [/^\w+ is an amount in yuan, 0 or more$/, 'server.amount'],
  [/^The due date must be in the future$/, 'server.dueInPast'],
  [/^Give either dueAt or days$/, 'server.extensionEither'],
  [/^An extension must move the due date later$/, 'server.extensionLater'],
  [/^(?<day>\S+) is not a date$/, 'server.notADay'],
  [/^A milestone cannot fall after the due date$/, 'server.milestoneAfterDue'],
  [/^\w+ is required for this outcome$/, 'server.requiredForOutcome'],
  [/^Department \S+ is not a member unit of this tenant or a city bureau$/, 'server.departmentUnknown'],
];

/** A service's sentence in the person's language, or the sentence itself when it is not listed. */
export function localMessage(message: string, t: Translate): string {
  for (const [pattern, key] of SERVER_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return t(key, { ...match.groups });
  }
  return message;
}
