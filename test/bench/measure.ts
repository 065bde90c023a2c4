import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, closeSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one measured run took. */
export interface Measurement {
  /** Exit status of the command. */
  status: number | null;
  /** Wall-clock seconds. */
  seconds: number;
  /** Processor seconds, user and system, of the command and its descendants; undefined without GNU time. */
  cpuSeconds: number | undefined;
  /** Peak resident memory of the command and all its descendants together, in bytes. */
  peakRss: number;
  /** Where its standard output and error were written. */
  log: string;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs a command and measures its wall time and the peak memory of its whole
 * process tree: the resident sizes of every descendant are summed every 50 ms
 * from `/proc`, and GNU time's maximum (of the largest single process, caught
 * even between samples) is taken when it is larger.
 */
export async function measure(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measurement> {
  const work = mkdtempSync(join(tmpdir(), 'trust-center-measure-'));
  const log = join(work, 'output.log');
  const timeReport = join(work, 'time.txt');
  const useTime = existsSync(gnuTime);
  const output = openSync(log, 'w');
  const started = performance.now();
  const child = useTime
    ? spawn(gnuTime, ['-v', '-o', timeReport, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', output, output] })
    : spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', output, output] });
  let peakRss = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakRss = Math.max(peakRss, getTreeRss(child.pid));
  }, 50);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  closeSync(output);
  let cpuSeconds: number | undefined;
  if (useTime && existsSync(timeReport)) {
    const report = readFileSync(timeReport, 'utf8');
    const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
    if (kilobytes) peakRss = Math.max(peakRss, Number(kilobytes) * 1024);
    const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    if (user && system) cpuSeconds = Number(user) + Number(system);
  }
  return { status, seconds, cpuSeconds, peakRss, log };
}

/** The summed resident memory of a process and all its descendants, in bytes; 0 where `/proc` is missing. */
export function getTreeRss(root: number): number {
  if (!existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    // The command name may contain spaces and parentheses; fields resume after the last `)`.
    const parent = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (!Number.isNaN(parent)) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readProc(`/proc/${pid}/status`) ?? '')?.[1];
    total += Number(kilobytes ?? 0) * 1024;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}
