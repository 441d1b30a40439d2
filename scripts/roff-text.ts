/** Man page source (roff with man or mdoc macros) to plain text, by our own rules (no groff needed). */

/** Removes blank lines and trailing spaces: a document never contains "\n\n". */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""))
    .filter((l) => l.length > 0)
    .join("\n")
    // stray control characters (roff leftovers, form feeds) go away
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}


const NAMED_GLYPHS: Record<string, string> = {
  em: "-", en: "-", hy: "-", mi: "-", aq: "'", dq: '"', lq: '"', rq: '"', oq: "'", cq: "'",
  bu: "*", co: "(c)", rg: "(R)", tm: "(TM)", "<=": "<=", ">=": ">=", "->": "->", "<-": "<-",
  mu: "x", di: "/", pl: "+", eq: "=", ti: "~", ha: "^", ga: "`", aa: "'", rs: "\\", sl: "/",
  lB: "[", rB: "]", lC: "{", rC: "}", la: "<", ra: ">", ba: "|", or: "|", dg: "+", sc: "S",
  de: " degrees", "+-": "+-", "!=": "!=", "==": "==", ua: "^", da: "v", fo: "<<", fc: ">>",
};

function glyph(name: string): string {
  return NAMED_GLYPHS[name] ?? "";
}

/** Inline roff escapes to plain text. */
function unescapeRoff(line: string): string {
  let outText = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== "\\") {
      outText += ch;
      continue;
    }
    const next = line[i + 1];
    if (next === undefined) break;
    i++;
    switch (next) {
      case '"': return outText; // comment to end of line
      case "-": outText += "-"; break;
      case "e": case "\\": outText += "\\"; break;
      case " ": case "~": case "0": outText += " "; break;
      case "&": case "|": case "^": case "%": case "c": case ":": case "/": case ",": case ")": break;
      case "'": outText += "'"; break;
      case "`": outText += "`"; break;
      case ".": outText += "."; break;
      case "(": outText += glyph(line.slice(i + 1, i + 3)); i += 2; break;
      case "[": {
        const close = line.indexOf("]", i);
        const name = close > 0 ? line.slice(i + 1, close) : "";
        outText += name.length === 2 ? glyph(name) : name.startsWith("u") ? "" : "";
        i = close > 0 ? close : line.length;
        break;
      }
      case "f": case "F": case "*": case "n": case "m": case "g": case "k": case "Y": case "V": {
        // font / string / register: \fB, \f(CW, \f[B], \*(Tm, \*[x], \nx
        const c = line[i + 1];
        if (c === "(") i += 3;
        else if (c === "[") { const close = line.indexOf("]", i); i = close > 0 ? close : line.length; }
        else if (next === "n" && (c === "+" || c === "-")) i += 2;
        else i += 1;
        break;
      }
      case "s": {
        // \s+1, \s-1, \s0, \s(12, \s[12]
        let j = i + 1;
        if (line[j] === "+" || line[j] === "-") j++;
        if (line[j] === "(") j += 3;
        else if (line[j] === "[") { const close = line.indexOf("]", j); j = close > 0 ? close + 1 : line.length; }
        else while (j < line.length && /[0-9]/.test(line[j])) j++;
        i = j - 1;
        break;
      }
      case "h": case "v": case "w": case "l": case "L": case "D": case "o": case "x": case "Z": case "b": case "R": case "X": case "N": case "A": case "B": case "C": case "H": case "S": {
        // \h'...' style: skip the delimited argument
        const delim = line[i + 1];
        if (delim === undefined) break;
        const close = line.indexOf(delim, i + 2);
        i = close > 0 ? close : line.length;
        break;
      }
      default: break;
    }
  }
  return outText;
}

/** Splits a macro's argument list, honouring double quotes. */
function macroArgs(rest: string): string[] {
  const args: string[] = [];
  const re = /"((?:[^"]|"")*)"?|(\S+)/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) args.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  return args;
}

const IGNORED = new Set([
  "TH", "PP", "LP", "P", "sp", "br", "RS", "RE", "nf", "fi", "in", "ad", "na", "ne", "ft", "ps", "vs", "ds",
  "nr", "tr", "hy", "nh", "ll", "ta", "ti", "bp", "mk", "rt", "ul", "cs", "ss", "so", "pc", "lf", "cc", "c2",
  "ec", "eo", "fam", "TS", "TE", "T&", "EQ", "EN", "UC", "PD", "DT", "HP", "TP", "TQ", "Dd", "Dt", "Os", "Sh",
  "Bl", "El", "Bd", "Ed", "Pp", "It", "Ss", "Lp", "if", "ie", "el", "ds", "as", "rm", "rn", "di", "da", "wh",
  "ch", "it", "ev", "hw", "char", "mso", "do", "blm", "ME", "UE", "MT", "UR", "YS", "EE", "EX", "OP", "SY",
]);

const BREAKS = new Set([
  "PP", "LP", "P", "sp", "br", "TP", "TQ", "HP", "IP", "RS", "RE", "SH", "SS", "Sh", "Ss", "Pp", "Lp", "It",
  "Bl", "El", "Bd", "Ed", "nf", "fi", "TS", "TE", "EX", "EE", "bp", "ti", "in", "SY", "YS",
]);

/**
 * Man page (roff, man or mdoc macros) to plain text, by our own rules: text
 * lines and font macros are filled into one line per paragraph (as roff
 * would), paragraph and section macros break lines, no-fill blocks keep theirs.
 */
export function roffToText(source: string): string {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let current = "";
  let fill = true;
  let skipUntilDots = false;
  /** After .TP the next line is the tag, on a line of its own. */
  let tagPending = false;
  const flush = (): void => {
    if (current.trim()) out.push(current.trim());
    current = "";
  };
  const add = (text: string, glue = " "): void => {
    if (!text) return;
    if (!fill) {
      out.push(text);
      return;
    }
    current = current ? current + glue + text : text;
  };
  for (const raw of lines) {
    if (skipUntilDots) {
      if (raw.startsWith("..")) skipUntilDots = false;
      continue;
    }
    if (raw.startsWith('.\\"') || raw.startsWith("'\\\"") || raw.startsWith('.\\\\"') || raw === ".") continue;
    if (raw.startsWith(".") || raw.startsWith("'")) {
      const m = /^[.'][ \t]*([^ \t]+)[ \t]*(.*)$/.exec(raw);
      if (!m) continue;
      const name = m[1];
      const rest = m[2];
      if (name === "de" || name === "de1" || name === "ig" || name === "am") {
        skipUntilDots = true;
        continue;
      }
      if (BREAKS.has(name)) flush();
      if (name === "TP" || name === "TQ") tagPending = true;
      if (name === "nf" || name === "EX" || name === "Bd") fill = name === "Bd" ? !/-literal|-unfilled/.test(rest) : false;
      if (name === "fi" || name === "EE" || name === "Ed") fill = true;
      if (name === "SH" || name === "SS" || name === "Sh" || name === "Ss") {
        if (rest) out.push(unescapeRoff(macroArgs(rest).join(" ")));
        continue;
      }
      if (name === "B" || name === "I" || name === "SM" || name === "SB") {
        if (rest) add(unescapeRoff(macroArgs(rest).join(" ")));
        if (rest && tagPending) { flush(); tagPending = false; }
        continue;
      }
      if (/^(BR|BI|IB|IR|RB|RI)$/.test(name)) {
        add(unescapeRoff(macroArgs(rest).join("")));
        if (tagPending) { flush(); tagPending = false; }
        continue;
      }
      if (name === "IP") {
        const args = macroArgs(rest);
        if (args[0]) add(unescapeRoff(args[0]));
        flush();
        continue;
      }
      if (IGNORED.has(name)) continue;
      if (/^[A-Z][a-z]$/.test(name)) {
        // mdoc: drop macro names among the arguments, keep the words
        const words = macroArgs(rest).filter((w) => !/^[A-Z][a-z]$/.test(w));
        const text = unescapeRoff(words.join(" "));
        if (text) add(name === "Fl" ? `-${text}` : text);
        continue;
      }
      continue;
    }
    const text = unescapeRoff(raw);
    if (tagPending && text.trim()) {
      add(text.trim());
      flush();
      tagPending = false;
      continue;
    }
    if (!fill) out.push(text);
    else if (text.trim()) add(text.trim());
    else flush();
  }
  flush();
  return tidy(out.join("\n"));
}

