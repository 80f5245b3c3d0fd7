import type { ReactNode } from 'react';

/** A column of a bulletin table: its heading and what a row shows in it (a number, right-aligned). */
export interface Leaf<R> {
  key: string;
  title: string;
  cell: (row: R, total: boolean) => ReactNode;
}

/** Columns under one heading that spans them (the table's header is then two rows). */
export interface Group<R> {
  key: string;
  title: string;
  columns: Array<Leaf<R>>;
}

export type Column<R> = Leaf<R> | Group<R>;

export interface Row<R> {
  key: string;
  /** The first cell: the tenant (or the kind of problem) the row is about. */
  name: string;
  total: boolean;
  value: R;
}

/** One of the bulletin's numbered tables: a heading, a name column, then the columns given. */
export function BulletinTable<R>({ id, title, label, columns, rows }: { id: string; title: string; label: string; columns: Array<Column<R>>; rows: Array<Row<R>> }) {
  const grouped = columns.some((c) => 'columns' in c);
  const span = grouped ? 2 : undefined;
  const leaves = columns.flatMap((c) => ('columns' in c ? c.columns : [c]));
  return (
    <section className="bulletin-block" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table className="bulletin-table">
        <thead>
          <tr>
            <th rowSpan={span}>{label}</th>
            {columns.map((c) => ('columns' in c ? <th key={c.key} colSpan={c.columns.length}>{c.title}</th> : <th key={c.key} rowSpan={span}>{c.title}</th>))}
          </tr>
          {grouped && <tr>{columns.flatMap((c) => ('columns' in c ? c.columns : [])).map((c) => <th key={c.key}>{c.title}</th>)}</tr>}
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.total ? 'total' : undefined}>
              <td className="name">{row.name}</td>
              {leaves.map((c) => <td key={c.key} className="num">{c.cell(row.value, row.total)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
