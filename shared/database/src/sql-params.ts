/** Positional parameters collected while a statement is assembled: `add` returns the `$n` to write. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
