/** One reversible action: how to undo it and how to do it again. */
export interface HistoryEntry {
  label: string;
  undo: () => void;
  redo: () => void;
}

/**
 * Undo and redo stacks of closures: each action records how to reverse and replay itself, so neither needs
 * snapshots of 2,000 elements. A new action clears the redo stack, as in every editor.
 */
export class History {
  private readonly done: HistoryEntry[] = [];
  private readonly undone: HistoryEntry[] = [];

  constructor(private readonly limit = 50) {}

  /** Records an action just done. */
  push(label: string, undo: () => void, redo: () => void): void {
    this.done.push({ label, undo, redo });
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
  }

  /** Reverses the last action; returns its label, or null when there is nothing to undo. */
  undo(): string | null {
    const last = this.done.pop();
    if (!last) return null;
    last.undo();
    this.undone.push(last);
    return last.label;
  }

  /** Replays the last undone action; returns its label, or null when there is nothing to redo. */
  redo(): string | null {
    const next = this.undone.pop();
    if (!next) return null;
    next.redo();
    this.done.push(next);
    return next.label;
  }

  get size(): number {
    return this.done.length;
  }

  get redoSize(): number {
    return this.undone.length;
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}
