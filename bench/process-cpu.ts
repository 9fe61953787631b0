import { readFileSync } from 'node:fs';

/**
 * CPU milliseconds a process has used (user + system), from /proc (Linux; 100 clock ticks per
 * second); NaN when it cannot be read. With other work on the machine, CPU time per unit of
 * work is steadier than wall time.
 */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
