/** Every failure of the local manager says what went wrong and what to do about it. */
export class LocalNeo4jError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }

  /** Message, remedy and (when present) the tail of a log, ready for a terminal. */
  describe(): string {
    return [this.message, `What to do: ${this.hint}`, this.detail ? `\n${this.detail}` : '']
      .filter(Boolean)
      .join('\n');
  }
}
