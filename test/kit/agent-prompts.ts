import type { PromptPart } from "../../agents/prompt.js";

/** Prompts for the cross-process agent tests: two readers of one shared document. */
export const SYSTEM = "You are the reader. Answer from the record only.\n";
export const DOC = "Record 4: the blue kettle belongs to Mara Voss, who lives in Tallinn and keeps seven cats. " +
  "Record 9: the green lamp belongs to Ivo Tamm, who lives in Tartu and keeps two dogs.";

export function readerParts(question: string, system = SYSTEM): PromptPart[] {
  return [
    { kind: "own", text: system },
    { kind: "shared", id: "doc:kettle", text: DOC },
    { kind: "own", text: `\nQuestion: ${question}\nAnswer:` },
  ];
}
