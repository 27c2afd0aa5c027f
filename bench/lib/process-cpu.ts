import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * The CPU time a local server spends, for "CPU per request" next to req/s: on a shared machine
 * it moves far less with other people's load than throughput does. Linux only (/proc); every
 * function answers undefined elsewhere, or when the process is not ours to read.
 */

/** The pid of the process listening on a loopback TCP port, found through /proc/net/tcp{,6} socket inodes. */
export function listenerPid(port: number): number | undefined {
  try {
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set<string>();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      let text = '';
      try {
        text = readFileSync(table, 'utf8');
      } catch {
        continue;
      }
      for (const line of text.split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        // local_address is "ADDR:PORT", st 0A is LISTEN, inode is the 10th field.
        if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A' && fields[9])
          inodes.add(`socket:[${fields[9]}]`);
      }
    }
    if (inodes.size === 0) return undefined;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let fds: string[];
      try {
        fds = readdirSync(`/proc/${entry}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        try {
          if (inodes.has(readlinkSync(`/proc/${entry}/fd/${fd}`))) return Number(entry);
        } catch {
          // fd closed while we looked
        }
      }
    }
  } catch {
    // not Linux
  }
  return undefined;
}

const CLOCK_TICKS_PER_S = 100; // USER_HZ, 100 on every Linux this runs on (getconf CLK_TCK)

/** User + system CPU time of a process so far, in ms (10 ms resolution). */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return undefined;
  }
}
