/**
 * A working SentencePiece-style vocabulary (`tokenizer.ggml.model = "llama"`)
 * for synthetic models. Layout:
 *   0 <unk> (type 2), 1 <s>, 2 </s> (type 3, control),
 *   3..258 byte tokens <0x00>..<0xFF> (type 6: the byte fallback),
 *   then normal pieces (type 1) with descending scores: "▁", printable ASCII
 *   characters, common English words with a "▁" prefix (and capitalised), their
 *   bare forms and common suffixes, each with every prefix so that llama.cpp's
 *   bigram merging can reach it; then generated letter strings (all of length
 *   1, then 2, ..., each bare and with "▁") until the vocab size is reached.
 * Everything is deterministic: the same size gives the same vocab.
 */

export const SPM_SPACE = "\u2581";

export enum TokenType {
  NORMAL = 1,
  UNKNOWN = 2,
  CONTROL = 3,
  USER_DEFINED = 4,
  UNUSED = 5,
  BYTE = 6,
}

export interface SynthVocab {
  readonly tokens: readonly string[];
  readonly scores: Float32Array;
  readonly tokenTypes: Int32Array;
  readonly unkId: number;
  readonly bosId: number;
  readonly eosId: number;
}

const WORDS = (
  "the of and to a in is it you that he was for on are with as I his they be at one have this from or had by " +
  "word but what some we can out other were all there when up use your how said an each she which do their time " +
  "if will way about many then them write would like so these her long make thing see him two has look more day " +
  "could go come did number sound no most people my over know water than call first who may down side been now " +
  "find any new work part take get place made live where after back little only round man year came show every " +
  "good me give our under name very through just form sentence great think say help low line differ turn cause " +
  "much mean before move right boy old too same tell does set three want air well also play small end put home " +
  "read hand port large spell add even land here must big high such follow act why ask men change went light kind " +
  "off need house picture try us again animal point mother world near build self earth father head stand own page " +
  "should country found answer school grow study still learn plant cover food sun four between state keep eye never " +
  "last let thought city tree cross farm hard start might story saw far sea draw left late run while press close " +
  "night real life few north open seem together next white children begin got walk example ease paper group always " +
  "music those both mark often letter until mile river car feet care second book carry took science eat room friend " +
  "began idea fish mountain stop once base hear horse cut sure watch color face wood main enough plain girl usual " +
  "young ready above ever red list though feel talk bird soon body dog family direct pose leave song measure door " +
  "product black short numeral class wind question happen complete ship area half rock order fire south problem " +
  "piece told knew pass since top whole king space heard best hour better true during hundred five remember step " +
  "early hold west ground interest reach fast verb sing listen six table travel less morning ten simple several " +
  "vowel toward war lay against pattern slow center love person money serve appear road map rain rule govern pull " +
  "cold notice voice unit power town fine certain fly fall lead cry dark machine note wait plan figure star box " +
  "noun field rest correct able pound done beauty drive stood contain front teach week final gave green oh quick " +
  "develop ocean warm free minute strong special mind behind clear tail produce fact street inch multiply nothing " +
  "course stay wheel full force blue object decide surface deep moon island foot system busy test record boat common " +
  "gold possible plane stead dry wonder laugh thousand ago ran check game shape equate hot miss brought heat snow " +
  "tire bring yes distant fill east paint language among cache model agent token memory share key value quick brown fox jumps lazy"
).split(" ");

const SUFFIXES = ["s", "es", "ed", "ing", "er", "ly", "tion", "ment", "ness", "able", "est", "ful", "al", "ity", "ous"];

function* letterStrings(len: number): Generator<string> {
  const idx = new Array<number>(len).fill(0);
  for (;;) {
    yield idx.map((i) => String.fromCharCode(97 + i)).join("");
    let p = len - 1;
    while (p >= 0 && ++idx[p] === 26) idx[p--] = 0;
    if (p < 0) return;
  }
}

/** Build a vocab of exactly `nVocab` tokens (at least 512). */
export function buildSynthVocab(nVocab: number): SynthVocab {
  if (!Number.isInteger(nVocab) || nVocab < 512) throw new RangeError(`synthetic vocab needs at least 512 tokens, got ${nVocab}`);
  const tokens: string[] = ["<unk>", "<s>", "</s>"];
  const types: number[] = [TokenType.UNKNOWN, TokenType.CONTROL, TokenType.CONTROL];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(TokenType.BYTE);
  }
  const nFixed = tokens.length;
  const seen = new Set<string>(tokens);
  const add = (p: string): boolean => {
    if (tokens.length >= nVocab) return false;
    if (seen.has(p)) return true;
    seen.add(p);
    tokens.push(p);
    types.push(TokenType.NORMAL);
    return true;
  };
  /** Add a piece and every prefix of it (so bigram merges can build it). */
  const addWithPrefixes = (p: string): boolean => {
    const chars = [...p];
    for (let i = 1; i <= chars.length; i++) if (!add(chars.slice(0, i).join(""))) return false;
    return true;
  };
  add(SPM_SPACE);
  for (let c = 0x21; c < 0x7f; c++) add(String.fromCharCode(c));
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const pieces: string[] = [];
  for (const w of WORDS) pieces.push(SPM_SPACE + w);
  for (const w of WORDS) pieces.push(SPM_SPACE + cap(w));
  for (const s of SUFFIXES) pieces.push(s);
  for (const w of WORDS) pieces.push(w);
  for (const p of pieces) if (!addWithPrefixes(p)) break;
  for (let len = 1; tokens.length < nVocab; len++) {
    for (const s of letterStrings(len)) {
      if (!add(s) || !add(SPM_SPACE + s)) break;
    }
  }
  const scores = new Float32Array(nVocab);
  for (let i = nFixed; i < nVocab; i++) scores[i] = -(i - nFixed);
  return { tokens, scores, tokenTypes: Int32Array.from(types), unkId: 0, bosId: 1, eosId: 2 };
}
