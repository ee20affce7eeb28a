import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explain, otTargetGroup } from "../../src/index.js";
import { TEXTS } from "../helpers/texts.js";

/*
 * The ESM build (dist/, as npm publishes it) loaded by a page in headless Chromium
 * (Debian's chromium package, installed by .ci/run), evaluating a case and rendering its
 * Norwegian explanation. Needs `npm run build` first; npm test builds before it runs.
 */
const root = join(import.meta.dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const haveBuild = existsSync(join(root, "dist/esm/ot/index.js"));
// In CI the browser and the build must be there; elsewhere the test says why it does not run.
const required = process.env.CI !== undefined && process.env.CI !== "";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };
let server: Server;
let base = "";

beforeAll(async () => {
  if (!haveChromium || !haveBuild) return;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname === "/" ? "/test/browser/page.html" : url.pathname;
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
});

describe("in a real browser", () => {
  it("has Chromium and the build available (required in CI)", () => {
    if (required) {
      expect(haveChromium, `${CHROMIUM} missing: .ci/run installs Debian's chromium`).toBe(true);
      expect(haveBuild, "dist/esm/ot/index.js missing: run npm run build").toBe(true);
    }
  });

  it.runIf(haveChromium && haveBuild)(
    "evaluates a case with the ESM build and renders its Norwegian explanation, as in Node",
    { timeout: 60_000 },
    async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
      try {
        const person = { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false };
        const asOf = "2026-04-15";
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`${base}/?person=${encodeURIComponent(JSON.stringify(person))}&asOf=${asOf}`);
        await page.waitForFunction(
          () => (globalThis as unknown as { __decision?: unknown }).__decision !== undefined,
          null,
          {
            timeout: 30_000,
          },
        );
        const text = await page.locator("#out").textContent();
        const decision = await page.evaluate(() => (globalThis as unknown as { __decision: unknown }).__decision);
        expect(errors).toEqual([]);
        expect(text).toContain("i målgruppen for oppfølgingstjenesten");
        expect(text).toContain("31. desember 2029");
        const inNode = otTargetGroup(person, { asOf });
        expect(decision).toEqual(inNode);
        expect(text).toBe(explain(inNode, TEXTS.nb));
      } finally {
        await browser.close();
      }
    },
  );
});
