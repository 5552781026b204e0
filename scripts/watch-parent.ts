/**
 * Calls `onGone` once when this process's parent exits. `npm start` runs npm → sh → node: a SIGTERM to
 * npm reaches sh, which dies without passing it on, and its child would run on as an orphan holding the
 * ports. An orphan is re-parented, so a changed `process.ppid` is the sign. Nothing to watch when the
 * parent is already init (PID 1: a container, or a shell that exec'd us and is gone).
 */
export function watchParent(onGone: () => void, intervalMs = 500): void {
  const parent = process.ppid;
  if (parent <= 1) return;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
}
