import { execFile } from 'node:child_process';
import { statfs } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A short text snapshot of the machine: OS, load, memory, the disk holding `workspace`, and
 * the processes whose command name or arguments contain one of `processes`.
 */
export async function systemSnapshot(workspace: string, processes: readonly string[]): Promise<string> {
  const gib = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  const lines = [
    `taken: ${new Date().toISOString()}`,
    `os: ${os.type()} ${os.release()} ${os.arch()}`,
    `cpus: ${os.cpus().length}; load average (1/5/15 min): ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`,
    `memory: ${gib(os.totalmem() - os.freemem())} used of ${gib(os.totalmem())} (${gib(os.freemem())} free)`,
    `uptime: ${Math.round(os.uptime())} s`,
  ];
  try {
    const disk = await statfs(workspace);
    const total = disk.blocks * disk.bsize;
    const free = disk.bavail * disk.bsize;
    lines.push(`disk (${workspace}): ${gib(total - free)} used of ${gib(total)} (${((free / total) * 100).toFixed(1)}% free)`);
  } catch (error) {
    lines.push(`disk: unavailable (${String(error)})`);
  }
  if (processes.length > 0) {
    lines.push('', `processes matching ${processes.join(', ')}:`);
    try {
      const { stdout } = await run('ps', ['-eo', 'pid,ppid,pcpu,pmem,etime,args'], { maxBuffer: 8 * 1024 * 1024 });
      const [header, ...rows] = stdout.split('\n');
      lines.push(header ?? '', ...rows.filter((row) => processes.some((name) => row.includes(name))));
    } catch (error) {
      lines.push(`ps unavailable (${String(error)})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
