// Preloaded by bench/threadCpu.mjs (NODE_OPTIONS=--import) into each process of a `newsmark` run and each of its
// worker threads: a worker appends its thread id to $NEWSMARK_THREADCPU_OUT; the main thread reads every thread's CPU
// time from /proc every 100 ms (a worker's thread is gone once the pool ends it: its last reading is kept) and, at exit,
// appends one line: its pid and the CPU ms of each thread. Linux only (/proc/thread-self, /proc/self/task).
import fs from 'node:fs';
import { setInterval } from 'node:timers';
import { isMainThread } from 'node:worker_threads';

const out = process.env.NEWSMARK_THREADCPU_OUT;
if (out) {
  const tidOf = (stat) => stat.slice(0, stat.indexOf(' '));
  if (!isMainThread) fs.appendFileSync(out, `worker ${process.pid} ${tidOf(fs.readFileSync('/proc/thread-self/stat', 'utf8'))}\n`);
  else {
    const cpu = new Map();
    const read = () => {
      for (const tid of fs.readdirSync('/proc/self/task')) {
        try {
          const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          // utime + stime, in clock ticks (100 a second on Linux).
          cpu.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
        } catch {
          // The thread ended between the listing and the read: its last reading stands.
        }
      }
    };
    setInterval(read, 100).unref();
    process.on('exit', () => {
      read();
      fs.appendFileSync(out, `process ${process.pid} ${JSON.stringify(Object.fromEntries(cpu))}\n`);
    });
  }
}
