import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one measured run took. */
export interface Measurement {
  /** Exit status of the command. */
  status: number | null;
  /** Wall-clock seconds. */
  seconds: number;
  /**
   * Processor seconds, user and system, of the command and all its descendants; undefined where neither `/proc` nor GNU
   * time exists.
   */
  cpuSeconds: number | undefined;
  /** Peak resident memory of the command and all its descendants together, in bytes. */
  peakRss: number;
  /** Where its standard output and error were written. */
  log: string;
}

/** One look at a process tree: its summed resident memory, and each process's processor time so far. */
export interface TreeSample {
  rss: number;
  /** Processor time in clock ticks, by process id. */
  ticks: Map<number, number>;
}

const gnuTime = '/usr/bin/time';
/** Clock ticks per second in `/proc/<pid>/stat`; 100 on Linux. */
const ticksPerSecond = 100;

/**
 * Runs a command and measures its wall time, processor time and the peak
 * memory of its whole process tree. Every 50 ms the resident sizes of all
 * descendants are summed from `/proc`, and each one's processor time noted.
 * GNU time's figures are used where larger: its memory peak catches a single
 * process between samples, and its processor time counts exactly every child
 * that was waited for. (Pagefind's indexer is stopped, not waited for, so only
 * the samples see its processor time.)
 */
export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Measurement> {
  const work = mkdtempSync(join(tmpdir(), 'trust-center-measure-'));
  const log = join(work, 'output.log');
  const timeReport = join(work, 'time.txt');
  const useTime = existsSync(gnuTime);
  const output = openSync(log, 'w');
  const started = performance.now();
  const child = useTime
    ? spawn(gnuTime, ['-v', '-o', timeReport, command, ...args], {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', output, output],
      })
    : spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', output, output] });
  let peakRss = 0;
  const ticks = new Map<number, number>();
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const sample = sampleTree(child.pid);
    peakRss = Math.max(peakRss, sample.rss);
    for (const [pid, used] of sample.ticks) ticks.set(pid, Math.max(ticks.get(pid) ?? 0, used));
  }, 50);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  closeSync(output);
  let cpuSeconds =
    ticks.size > 0 ? [...ticks.values()].reduce((sum, used) => sum + used, 0) / ticksPerSecond : undefined;
  if (useTime && existsSync(timeReport)) {
    const report = readFileSync(timeReport, 'utf8');
    const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
    if (kilobytes) peakRss = Math.max(peakRss, Number(kilobytes) * 1024);
    const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    if (user && system) cpuSeconds = Math.max(cpuSeconds ?? 0, Number(user) + Number(system));
  }
  return { status, seconds, cpuSeconds, peakRss, log };
}

/**
 * The summed resident memory of a process and all its descendants, and each one's processor time; empty where `/proc`
 * is missing.
 */
export function sampleTree(root: number): TreeSample {
  const sample: TreeSample = { rss: 0, ticks: new Map() };
  if (!existsSync('/proc')) return sample;
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    if (!stat) continue;
    // The command name may contain spaces and parentheses; the other fields follow the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    stats.set(pid, fields);
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readProc(`/proc/${pid}/status`) ?? '')?.[1];
    sample.rss += Number(kilobytes ?? 0) * 1024;
    const fields = stats.get(pid);
    // Fields 14 and 15 of `stat`, user and system time, counted from the state field.
    if (fields) sample.ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    pending.push(...(children.get(pid) ?? []));
  }
  return sample;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}
