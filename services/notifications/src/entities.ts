/** The notifier reads and writes with SQL (its rows are projections and queues); no TypeORM entities. */
export const entities: Function[] = [];
