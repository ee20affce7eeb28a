// docs/cli.md stays true: its files are written, its commands run (with `ungrett` as the
// built dist/cli.js) and their output compared with what the guide shows.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, CLI } from "./helpers/cli.js";

const GUIDE = new URL("../docs/cli.md", import.meta.url);

/** A fenced block of the guide: a file to write, or a console session to run. */
type Block =
  | { readonly kind: "file"; readonly name: string; readonly text: string }
  | { readonly kind: "session"; readonly commands: readonly { command: string; output: string }[] };

/** The file blocks (```lang file=name) and console blocks (```console, `$ ` commands) of a guide. */
function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  for (const m of markdown.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const info = m[1] ?? "";
    const body = m[2] ?? "";
    const file = /\bfile=(\S+)/.exec(info);
    if (file !== null) out.push({ kind: "file", name: file[1] as string, text: body });
    else if (info.trim() === "console") {
      const commands: { command: string; output: string }[] = [];
      for (const line of body.split("\n")) {
        if (line.startsWith("$ ")) commands.push({ command: line.slice(2), output: "" });
        else {
          const last = commands.at(-1);
          if (last === undefined) throw new Error(`console block output before any command: ${line}`);
          last.output += `${line}\n`;
        }
      }
      out.push({ kind: "session", commands });
    }
  }
  return out;
}

/** What a command prints, as the guide shows it: no byte order mark, \n line ends, no trailing blank lines. */
const shownOutput = (s: string): string => `${s.replaceAll("\uFEFF", "").replaceAll("\r\n", "\n").trimEnd()}\n`;

/** Runs a guide's command in `dir` with `ungrett` on the PATH. */
function runCommand(command: string, dir: string, bin: string): string {
  const r = spawnSync("sh", ["-c", command], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` },
  });
  return shownOutput(`${r.stdout}${r.stderr}`);
}

describe("docs/cli.md", { timeout: 60_000 }, () => {
  const all = blocks(readFileSync(GUIDE, "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "ungrett-cli-docs-"));
  const bin = join(dir, ".bin");

  beforeAll(() => {
    assertBuilt();
    mkdirSync(bin);
    writeFileSync(join(bin, "ungrett"), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, "ungrett"), 0o755);
  });

  it("has files and commands to run", () => {
    expect(all.filter((b) => b.kind === "file").length).toBeGreaterThanOrEqual(4);
    expect(all.filter((b) => b.kind === "session").length).toBeGreaterThanOrEqual(8);
  });

  // In the guide's order: a session may read what an earlier one wrote.
  it("shows what each command prints (the guide's files written first where they appear)", () => {
    for (const b of all) {
      if (b.kind === "file") writeFileSync(join(dir, b.name), b.text);
      else {
        for (const { command, output } of b.commands) {
          expect(runCommand(command, dir, bin), `$ ${command}`).toBe(output === "" ? "\n" : shownOutput(output));
        }
      }
    }
  });
});
