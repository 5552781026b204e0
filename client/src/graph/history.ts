/** Undo stack of closures: each action records how to reverse itself, so undo needs no snapshots of 2,000 elements. */
export class History {
  private readonly stack: { label: string; undo: () => void }[] = [];

  constructor(private readonly limit = 50) {}

  /** Records how to undo the action just done. */
  push(label: string, undo: () => void): void {
    this.stack.push({ label, undo });
    if (this.stack.length > this.limit) this.stack.shift();
  }

  /** Reverses the last action; returns its label, or null when there is nothing to undo. */
  undo(): string | null {
    const last = this.stack.pop();
    if (!last) return null;
    last.undo();
    return last.label;
  }

  get size(): number {
    return this.stack.length;
  }

  clear(): void {
    this.stack.length = 0;
  }
}
