import { ISSUE_CATEGORIES, ISSUE_CATEGORY_ENUM, IssueCategory } from '@qinshang/eventlog';
import { registerEnumType } from 'type-graphql';

/** The contract's problem categories, as the event catalogue defines them for every service. */
export { IssueCategory, ISSUE_CATEGORIES };

registerEnumType(IssueCategory, ISSUE_CATEGORY_ENUM);
