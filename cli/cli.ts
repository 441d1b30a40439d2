/**
 * `kvmesh <command> [options]`: finds the command, parses its options, runs
 * it, and turns the outcome into an exit code: 0 done (or help printed),
 * 2 a usage error (unknown command or option, bad value), 1 a failure.
 */
import { COMMANDS, GROUPS } from "./commands.js";
import { helpText, parseCommand, synopsis, wantsHelp, type Command } from "./command.js";
import { UsageError } from "./usage-error.js";

export interface CliIo {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
}

const STD: CliIo = { out: process.stdout, err: process.stderr };

/** The command list of `kvmesh --help` (or of one group: `kvmesh bench --help`). */
export function commandList(group?: string): string {
  const cmds = COMMANDS.filter((c) => !group || c.name.startsWith(`${group} `));
  const w = Math.max(...cmds.map((c) => c.name.length));
  return cmds.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`).join("\n");
}

export function topUsage(): string {
  return `kvmesh: share llama.cpp KV caches between LLM agents

usage: kvmesh <command> [options]        kvmesh <command> --help: the command's options

commands:
${commandList()}
`;
}

function find(argv: readonly string[]): { cmd: Command; rest: readonly string[] } | undefined {
  for (const n of [2, 1]) {
    const name = argv.slice(0, n).join(" ");
    const cmd = COMMANDS.find((c) => c.name === name);
    if (cmd && argv.length >= n) return { cmd, rest: argv.slice(n) };
  }
  return undefined;
}

/** Parses and runs one command; the exit code. */
export async function runCommand(cmd: Command, argv: readonly string[], io: CliIo = STD): Promise<number> {
  let parsed;
  try {
    parsed = parseCommand(cmd, argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err.write(`kvmesh ${cmd.name}: ${e.message}\nusage: ${synopsis(cmd)}\n(kvmesh ${cmd.name} --help lists every option)\n`);
    return 2;
  }
  if (parsed.help) {
    io.out.write(helpText(cmd));
    return 0;
  }
  try {
    await cmd.run(parsed.values);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`kvmesh ${cmd.name}: ${e.message}\n(kvmesh ${cmd.name} --help lists every option)\n`);
      return 2;
    }
    const text = e instanceof Error ? (process.env.KVMESH_DEBUG ? String(e.stack) : `${e.name}: ${e.message}`) : String(e);
    io.err.write(`kvmesh ${cmd.name}: ${text}\n`);
    return 1;
  }
}

export async function runCli(argv: readonly string[], io: CliIo = STD): Promise<number> {
  if (argv.length === 0 || (argv.length === 1 && (wantsHelp(argv) || argv[0] === "help"))) {
    io.out.write(topUsage());
    return 0;
  }
  const found = find(argv);
  if (found) return runCommand(found.cmd, found.rest, io);
  if (GROUPS.includes(argv[0]) && (argv.length === 1 || wantsHelp(argv.slice(1, 2)))) {
    // `kvmesh bench` alone is incomplete (2); `kvmesh bench --help` asks for the list (0).
    (argv.length === 1 ? io.err : io.out).write(`usage: kvmesh ${argv[0]} <command> [options]\n\ncommands:\n${commandList(argv[0])}\n`);
    return argv.length === 1 ? 2 : 0;
  }
  io.err.write(`kvmesh: unknown command "${argv.filter((a) => !a.startsWith("-")).slice(0, 2).join(" ")}"\n\n${topUsage()}`);
  return 2;
}
