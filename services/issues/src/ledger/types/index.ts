/** The ledger's GraphQL types, one per file. */
export * from './enums';
export * from './enterprise.type';
export * from './department.type';
export * from './milestone.type';
export * from './extension-request.type';
export * from './issue-event.type';
export * from './closure.type';
export * from './raised-by.type';
export * from './issue.type';
export * from './escalation.type';
export * from './issue-edge.type';
export * from './issue-connection.type';
export * from './escalation-edge.type';
export * from './escalation-connection.type';
export * from './issue-payload.type';
export * from './escalation-payload.type';
export * from './working-days-left.type';
