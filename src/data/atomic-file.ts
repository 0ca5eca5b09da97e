// Writing a file so that a reader — another build at the same time, the next build after a kill —
// sees the old content or the new, never half: written beside it under a temporary name that says
// whose it is (`<file>.<pid>-t<thread>n<n>.tmp`: charts are cached from worker threads), then renamed over it. Shared by the build's folder swap and
// the caches of charts and PDFs.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { threadId } from "node:worker_threads";

let counter = 0;

/** Writes `content` to `file` atomically; throws (leaving no temporary file) when it cannot. */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}-t${threadId}n${counter++}.tmp`;
  try {
    // Synchronous: a signal handler runs between turns of the event loop, never halfway through.
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Whether a process is alive: the owner of a temporary file or folder left behind is gone when not. */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
