import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time per process of a running platform, from /proc (Linux): what one unit of work costs
 * each part, beside the rate a benchmark prints. The processes are the test platform's
 * descendants, labelled by what they run (each service's main.js, the gateway, PostgreSQL with
 * its backends together); a process that restarts meanwhile is counted under its label too.
 */
const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux build Node supports.

interface Proc {
  pid: number;
  ppid: number;
  ticks: number;
  label: string;
}

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields count from after it. Its own
    // time and its reaped children's (PostgreSQL's backends that ended meanwhile).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    return { pid, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]), label: labelOf(cmdline) };
  } catch {
    return null; // gone meanwhile
  }
}

function labelOf(cmdline: string): string {
  if (/postgres/.test(cmdline)) return 'postgres';
  // services/<name>/dist/main.js, or gateway/dist/main.js (no name: the gateway).
  const service = /(?:services|gateway)\/?([a-z-]*)\/dist\/main\.js/.exec(cmdline);
  if (service) return service[1] || 'gateway';
  if (/test-stack\.js/.test(cmdline)) return 'platform supervisor';
  return 'other';
}

/** CPU seconds so far per label, over `root` and every descendant of it. */
export function cpuByLabel(root: number): Map<string, number> {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((p): p is Proc => p !== null);
  const children = new Map<number, Proc[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const totals = new Map<string, number>();
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      totals.set(child.label, (totals.get(child.label) ?? 0) + child.ticks / TICKS_PER_SECOND);
      visit(child.pid);
    }
  };
  const self = all.find((p) => p.pid === root);
  if (self) totals.set(self.label, self.ticks / TICKS_PER_SECOND);
  visit(root);
  return totals;
}

/** What each label spent between two readings (a label that appeared counts from zero). */
export function cpuSpent(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  return new Map([...after].map(([label, seconds]) => [label, Math.max(0, seconds - (before.get(label) ?? 0))]));
}
