import { ISSUE_CATEGORY_ENUM, IssueCategory } from '@qinshang/eventlog';
import { registerEnumType } from 'type-graphql';
import { IssueAction, IssueStatus } from '../state-machine';

export { IssueCategory };

export enum Urgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
}
/** 问题分类 (the bulletin's classes). */
export enum ProblemClass {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
export enum EscalationLevel {
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
}
export enum EscalationStatus {
  OPEN = 'OPEN',
  DECIDED = 'DECIDED',
}
export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
export enum EscalationOutcome {
  ASSIGN = 'ASSIGN',
  BACK_TO_OFFICE = 'BACK_TO_OFFICE',
  UNSOLVABLE = 'UNSOLVABLE',
  RESOLVED = 'RESOLVED',
  /** Not a decision: the escalation was passed one level up (escalateIssue); never an input. */
  ESCALATED = 'ESCALATED',
}

/** The order of a list of problems. */
export enum IssueOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  DUE_FIRST = 'DUE_FIRST',
}

registerEnumType(IssueCategory, ISSUE_CATEGORY_ENUM);
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(IssueOrder, {
  name: 'IssueOrder',
  description: 'The order of a list of problems',
  valuesConfig: {
    NEWEST_FIRST: { description: 'The most recently raised first (the ledger)' },
    DUE_FIRST: { description: 'What falls due first on top: the earliest running clock (the response until answered, the stage, the whole problem); problems with no clock last' },
  },
});
registerEnumType(ProblemClass, {
  name: 'ProblemClass',
  description: '问题分类, as the office classes a problem (the bulletin counts by it)',
  valuesConfig: {
    A: { description: 'A类: simple, solved on the spot or by one department' },
    B: { description: 'B类: district departments must coordinate' },
    C: { description: 'C类: provisional, for the leading groups' },
    D: { description: 'D类: provisional, for the leading groups' },
  },
});
registerEnumType(EscalationLevel, {
  name: 'EscalationLevel',
  valuesConfig: { DISTRICT: { description: "The tenant's leading group" }, CITY: { description: "The city's leading group" } },
});
registerEnumType(EscalationStatus, { name: 'EscalationStatus', valuesConfig: { OPEN: { description: 'Waiting for the leading group to decide' } } });
registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  valuesConfig: { SATISFIED: { description: '满意' }, BASICALLY_SATISFIED: { description: '基本满意' }, DISSATISFIED: { description: '不满意' } },
});
registerEnumType(EscalationOutcome, {
  name: 'EscalationOutcome',
  description: "What a leading group's decision sends back down, or that it went one level up",
  valuesConfig: {
    ESCALATED: { description: 'Passed one level up, to the city’s leading group (escalateIssue); not a decision one can send' },
  },
});
registerEnumType(IssueStatus, {
  name: 'IssueStatus',
  description: 'Where a problem stands on the ledger (state machine in the README)',
  valuesConfig: {
    RAISED: { description: 'Entered in the ledger; the office decides what happens' },
    ASSIGNED: { description: 'Given to a department and a responsible person (分解到具体部门和责任人)' },
    RETURNED: { description: 'Sent back by the department with a reason (退单); the office re-assigns' },
    ACCEPTED: { description: 'The department took it on' },
    IN_PROGRESS: { description: 'Being worked along its roadmap' },
    RESOLVED: { description: 'Solved; waiting for the enterprise to confirm' },
    REOPENED: { description: 'The enterprise was not satisfied; back with the department' },
    ESCALATED: { description: 'With a leading group (上报领导小组)' },
    UNSOLVABLE: { description: 'Cannot be solved under current policy (政策性暂不能解决); kept apart from resolved' },
    CLOSED: { description: 'Struck off the ledger (销号) after the enterprise confirmed' },
  },
});
registerEnumType(IssueAction, { name: 'IssueAction', description: 'A step in the ledger state machine' });
