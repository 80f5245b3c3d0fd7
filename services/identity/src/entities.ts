/** The identity service reads and writes its tables with SQL (accounts, the provider's storage). */
export const entities = [];
