/** Where progress lines go; a TTY gets one redrawn line, anything else a line every 10 %. */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

const WIDTH = 28;
const REDRAW_MS = 250;

/** A progress bar with count, rate and ETA: `nodes [#######.....] 45% 450,000/1,000,000 52,310/s ETA 10s`. */
export class ProgressBar {
  private done = 0;
  private readonly started = performance.now();
  private lastDraw = 0;
  private lastDecile = -1;

  constructor(
    private readonly title: string,
    private total: number,
    private readonly out: ProgressOutput = process.stderr,
  ) {}

  /** Adds `n` finished items; `total` may be corrected when it was an estimate. */
  tick(n: number, total?: number): void {
    this.done += n;
    if (total !== undefined) this.total = total;
    const now = performance.now();
    const decile = Math.floor((10 * this.done) / Math.max(1, this.total));
    if (this.out.isTTY ? now - this.lastDraw >= REDRAW_MS : decile > this.lastDecile) {
      this.lastDraw = now;
      this.lastDecile = decile;
      this.draw(false);
    }
  }

  /** Prints the final line and returns the mean rate (items per second). */
  finish(): number {
    this.total = this.done;
    this.draw(true);
    return this.rate();
  }

  rate(): number {
    const seconds = (performance.now() - this.started) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  private draw(final: boolean): void {
    this.out.write(
      `${this.out.isTTY ? '\r' : ''}${formatProgress(this.title, this.done, this.total, this.rate(), final)}`,
    );
    if (final || !this.out.isTTY) this.out.write('\n');
  }
}

/** One progress line; pure, so it is unit-tested without a terminal. */
export function formatProgress(
  title: string,
  done: number,
  estimate: number,
  rate: number,
  final = false,
): string {
  // Relationship totals are estimates: once passed, the count itself is the best guess.
  const total = Math.max(done, estimate);
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * WIDTH);
  const eta = final
    ? `in ${formatSeconds(rate > 0 ? done / rate : 0)}`
    : `ETA ${rate > 0 ? formatSeconds((total - done) / rate) : '?'}`;
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return `${title} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${n(done)}/${n(total)} ${n(rate)}/s ${eta}`;
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}
