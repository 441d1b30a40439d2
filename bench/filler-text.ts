/** Deterministic English-like filler text for speed benchmarks (content does not change speed). */
import { xorshift32 } from "../kernels/xorshift.js";

const WORDS = ("the of and to in is that for it as was with be by on not he this are or his from at which but have an they " +
  "you were her she there been one all we their has would when if so no will more can out other into than them only time " +
  "some could these two may first then do any like my now over such our man me even most made after also did many before " +
  "must through back years where much your way well down should because each just those people how too little state good " +
  "very make world still own see men work long get here between both life being under never day same another know while " +
  "last might us great old year off come since against go came right used take three record agent cache answer value").split(" ");

export function fillerText(words: number, seed = 1): string {
  const next = xorshift32(seed);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(WORDS[next() % WORDS.length]);
    if (i % 14 === 13) out.push(".");
  }
  return out.join(" ").replace(/ \./g, ".");
}
