// One way to read rows from any runner (pg client, TypeORM manager, whose UPDATE ... RETURNING
// answers [rows, count]): the event log's.
export { rowsOf as rows, type SqlRunner } from '@qinshang/eventlog';
