/**
 * Generations of the cached answers: a counter per tenant, one for the scopes that reach across
 * tenants, and one for everything. A change bumps counters; an answer is stored and found under
 * the generation its execution started in, so after a change nobody can find the old answer
 * (the next read misses and asks the subgraphs), and an execution that started before the change
 * stores its answer where no later read looks. Nothing waits for old entries to be deleted: they
 * are never read again and age out of the LRU.
 */
export class ScopeGenerations {
  private everything = 0;
  private acrossTenants = 0;
  private readonly tenants = new Map<string, number>();

  /** The generation part of a cache key for a scope bound to `tenant` (null: across tenants). */
  stamp(tenant: string | null): string {
    return tenant === null ? `${this.everything}.c${this.acrossTenants}` : `${this.everything}.t${this.tenants.get(tenant) ?? 0}`;
  }

  /** A change in one tenant: its own scopes, and every scope that reaches across tenants. */
  tenantChanged(tenant: string): void {
    this.tenants.set(tenant, (this.tenants.get(tenant) ?? 0) + 1);
    this.acrossTenants++;
  }

  /** A city-wide change (or one whose tenant is unknown): every scope. */
  everythingChanged(): void {
    this.everything++;
  }

  /** Applies a batch of changed tenants; null in it means a city-wide change. */
  changed(tenants: Iterable<string | null>): void {
    const distinct = new Set(tenants);
    if (distinct.has(null)) return this.everythingChanged();
    for (const tenant of distinct) this.tenantChanged(tenant as string);
  }
}
