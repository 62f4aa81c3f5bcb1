// @ts-check
/**
 * Samples the memory of a process's descendants from /proc while it runs (Linux only; elsewhere
 * it records nothing). The build process itself is measured exactly by usage-preload.mjs; this
 * adds what it spawns — Pagefind's indexer is a separate native binary (`pagefind_extended
 * --service`), and bundlers may start helper processes — which getrusage(RUSAGE_SELF) leaves out.
 *
 * Per child: its peak RSS (VmHWM) at the last sample before it exited, so a LOWER bound if it
 * grew in its final moments. Also the largest sum of current RSS (VmRSS) over the whole tree,
 * parent included, seen in any one sample, and the CPU time of the children the build process
 * has reaped (its cutime + cstime).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** How often to sample: often enough to see a few-second Pagefind run, rare enough to cost little. */
const INTERVAL_MS = 200;

/** Linux reports CPU times in /proc in USER_HZ ticks, 100 per second on every architecture. */
const MS_PER_TICK = 10;

/**
 * `ppid`, command name and the CPU time of its exited (waited-for) children (cutime + cstime),
 * of a process, from /proc/<pid>/stat.
 * @param {number} pid
 */
function stat(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The name is in parentheses and may itself contain spaces or parentheses.
  const close = text.lastIndexOf(')');
  const name = text.slice(text.indexOf('(') + 1, close);
  // Fields after the name, from field 3 (state): ppid is field 4, cutime and cstime 16 and 17.
  const fields = text.slice(close + 2).split(' ');
  return { name, ppid: Number(fields[1]), childrenCpuMs: (Number(fields[13]) + Number(fields[14])) * MS_PER_TICK };
}

/**
 * VmRSS and VmHWM of a process, in KB.
 * @param {number} pid
 */
function memory(pid) {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (/** @type {string} */ name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/**
 * The pids descending from `root` (not `root` itself), from one scan of /proc.
 * @param {number} root
 */
function descendants(root) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {Map<number, string>} */
  const names = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const { name, ppid } = stat(Number(entry));
      names.set(Number(entry), name);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited between readdir and read
    }
  }
  /** @type {{ pid: number, name: string }[]} */
  const found = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = /** @type {number} */ (queue.shift());
    found.push({ pid, name: names.get(pid) ?? '?' });
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/**
 * Starts sampling the tree under `pid`; `stop()` ends it and returns what was seen.
 * @param {number} pid
 */
export function sampleProcessTree(pid) {
  /** @type {Map<number, { name: string, peakKb: number }>} */
  const children = new Map();
  let treePeakKb = 0;
  let samples = 0;
  let childrenCpuMs = 0;
  const supported = process.platform === 'linux';
  const sample = () => {
    try {
      let total = memory(pid).rss;
      // Grows as children exit and are reaped; the last sample before the build exits has them all
      // (the kit's Pagefind service is closed before the build finishes).
      childrenCpuMs = Math.max(childrenCpuMs, stat(pid).childrenCpuMs);
      for (const child of descendants(pid)) {
        try {
          const { rss, hwm } = memory(child.pid);
          total += rss;
          const seen = children.get(child.pid);
          children.set(child.pid, { name: child.name, peakKb: Math.max(seen?.peakKb ?? 0, hwm) });
        } catch {
          // exited meanwhile
        }
      }
      treePeakKb = Math.max(treePeakKb, total);
      samples++;
    } catch {
      // the build process itself has exited
    }
  };
  const timer = supported ? setInterval(sample, INTERVAL_MS) : undefined;
  return {
    stop() {
      clearInterval(timer);
      // Children of the same program (e.g. several helper processes) are summed up by name.
      /** @type {Record<string, { processes: number, peakKb: number }>} */
      const byName = {};
      for (const { name, peakKb } of children.values()) {
        const entry = (byName[name] ??= { processes: 0, peakKb: 0 });
        entry.processes++;
        entry.peakKb = Math.max(entry.peakKb, peakKb);
      }
      return supported ? { intervalMs: INTERVAL_MS, samples, children: byName, treePeakKb, childrenCpuMs } : undefined;
    },
  };
}
