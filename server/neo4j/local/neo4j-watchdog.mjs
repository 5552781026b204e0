// Stops a Neo4j whose owner died without stopping it (kill -9, a crash): `node neo4j-watchdog.mjs PID GRACE_MS`.
// The owner spawns this with a pipe as stdin and never writes to it; the pipe closes when the owner exits,
// however it exits, and then this sends Neo4j SIGTERM (SIGKILL after GRACE_MS). It also exits as soon as
// Neo4j is gone, so an orderly stop leaves nothing behind. Plain JavaScript: it must run without tsx.
const pid = Number(process.argv[2]);
const graceMs = Number(process.argv[3] ?? 10000);
if (!Number.isInteger(pid) || pid <= 1) {
  console.error('usage: node neo4j-watchdog.mjs NEO4J_PID [GRACE_MS]');
  process.exit(2);
}

const alive = () => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let stopping = false;
const stopNeo4j = () => {
  if (stopping) return;
  stopping = true;
  if (!alive()) process.exit(0);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  const wait = setInterval(() => {
    if (!alive()) process.exit(0);
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      clearInterval(wait);
      process.exit(0);
    }
  }, 100);
};

// Signals meant for the owner's terminal (Ctrl-C) must not end the watch early.
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
process.stdin.on('end', stopNeo4j);
process.stdin.on('close', stopNeo4j);
process.stdin.on('error', stopNeo4j);
process.stdin.resume();
setInterval(() => {
  if (!stopping && !alive()) process.exit(0);
}, 1000);
