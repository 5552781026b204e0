// Types for the parts of Az.js (npm `az`, untyped) that the extractor uses.
declare module 'az' {
  interface AzTag {
    POS?: string;
    CAse?: string;
    GNdr?: string;
    NMbr?: string;
    toString(): string;
    [grammeme: string]: unknown;
  }
  interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    parser: string;
    /** The known prefix a "PrefixKnown" parse split off ("нарко" in "наркопреступлений"); "" otherwise. */
    prefix?: string;
    normalize(keepPos?: boolean): AzParse;
    inflect(grammemes: string[] | AzTag): AzParse | false;
  }
  interface AzMorph {
    (word: string, options?: { typos?: number; stutter?: number }): AzParse[];
    init(path: string, callback: (error?: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
  export type { AzParse, AzTag };
}
