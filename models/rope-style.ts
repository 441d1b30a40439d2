/**
 * RoPE style per GGUF architecture name, as llama.cpp's llama_model_rope_type()
 * assigns it (bundled llama.cpp of node-llama-cpp 3.21.1): "normal" rotates
 * pairs (2i, 2i+1), "neox" pairs (i, i + nRot/2). Architectures without RoPE
 * or with multi-section RoPE (M-RoPE, vision) are not supported.
 */
import type { RopeStyle } from "../kernels/backend.js";
import { UnsupportedArchitectureError } from "./errors.js";

const NORMAL = [
  "llama", "llada", "llama4", "deci", "baichuan", "starcoder", "internlm2", "minicpm", "xverse", "command-r",
  "cohere2", "cohere2moe", "olmo", "arctic", "deepseek", "deepseek2", "deepseek2-ocr", "deepseek32", "deepseek4",
  "muse-glimmer", "plm", "chatglm", "granite", "granitemoe", "granitehybrid", "graniteswitch", "granite_swa",
  "chameleon", "bailingmoe", "bailingmoe3", "neo-bert", "smollm3", "arcee", "ernie4_5", "ernie4_5-moe", "mistral3",
  "eagle3", "mistral4", "llama-embed", "maincoder", "glm-dsa", "dots3note", "nanbeige", "pockettts",
];

const NEOX = [
  "falcon", "falcon-h1", "grok", "dbrx", "bert", "jina-bert-v3", "modern-bert", "nomic-bert", "nomic-bert-moe",
  "eurobert", "stablelm", "bitnet", "qwen", "qwen2", "dream", "qwen2moe", "qwen3", "qwen3moe", "llada-moe", "rnd1",
  "olmo2", "olmoe", "phi2", "phi3", "phimoe", "plamo", "plamo2", "plamo3", "gemma", "gemma2", "gemma3", "gemma3n",
  "gemma4", "gemma4-assistant", "gemma-embedding", "starcoder2", "openelm", "gptneox", "codeshell", "orion",
  "nemotron", "exaone", "exaone4", "exaone-moe", "minicpm3", "bailingmoe2", "dots1", "hunyuan-moe", "jais2",
  "gpt-oss", "hunyuan-dense", "hy_v3", "lfm2", "lfm2moe", "smallthinker", "seed_oss", "grovemoe", "apertus",
  "minimax-01", "minimax-m2", "minimax-m3", "cogvlm", "pangu-embedded", "afmoe", "laguna", "qwen3next", "mimo2",
  "step35", "talkie", "mellum",
];

const STYLE: ReadonlyMap<string, RopeStyle> = new Map<string, RopeStyle>([
  ...NORMAL.map((a) => [a, "normal"] as const),
  ...NEOX.map((a) => [a, "neox"] as const),
]);

/** The RoPE style llama.cpp uses for `architecture`; throws UnsupportedArchitectureError otherwise. */
export function ropeStyleForArch(architecture: string): RopeStyle {
  const s = STYLE.get(architecture);
  if (!s) throw new UnsupportedArchitectureError(`architecture "${architecture}" has no known (single-section) RoPE style`);
  return s;
}

/** Like ropeStyleForArch, but undefined for unknown architectures. */
export function findRopeStyle(architecture: string): RopeStyle | undefined {
  return STYLE.get(architecture);
}
