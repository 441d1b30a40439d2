import assert from "node:assert/strict";
import { test } from "node:test";
import { roffToText } from "../../../scripts/roff-text.js";

test("roffToText fills paragraphs, keeps tags and drops macros and escapes", () => {
  const src = [
    '.\\" a comment',
    ".TH LS 1",
    ".SH NAME",
    "ls \\- list directory contents",
    ".SH DESCRIPTION",
    "List information about the",
    ".B FILEs",
    "(the current directory by default).",
    ".TP",
    "\\fB\\-a\\fR, \\fB\\-\\-all\\fR",
    "do not ignore entries starting with .",
    ".PP",
    "See",
    ".BR dir (1).",
    ".nf",
    "  keep this",
    "  and this",
    ".fi",
    ".de XX",
    "macro body",
    "..",
  ].join("\n");
  assert.equal(
    roffToText(src),
    [
      "NAME",
      "ls - list directory contents",
      "DESCRIPTION",
      "List information about the FILEs (the current directory by default).",
      "-a, --all",
      "do not ignore entries starting with .",
      "See dir(1).",
      "  keep this",
      "  and this",
    ].join("\n"),
  );
});
