// Runs a program as a benchmark measures it: its output, the seconds it took
// and its peak resident memory.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** Runs `program` with `args`; resolves to its output, seconds taken and peak resident memory (VmHWM, polled). */
export function runMeasured(program, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peakKiB = 0;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const poll = setInterval(async () => {
      try {
        const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
        peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        // The process has ended between two polls.
      }
    }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${basename(program)} ${args.join(' ')} exited with ${code}`));
      else resolve({ stdout: stdout.trim(), seconds, peakMiB: peakKiB / 1024 });
    });
  });
}
