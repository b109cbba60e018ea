// Every import between the browser modules in static/js names a file that exists and a name
// that file exports. The browser only finds a wrong path or name when a page loads, and then
// the whole module graph of that page silently does nothing.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "static", "js");

function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { return modules(path); }
    return entry.name.endsWith(".js") ? [path] : [];
  });
}

function exportsOf(source) {
  const names = new Set();
  for (const m of source.matchAll(/^export (?:async )?(?:function|const|let|class) (\w+)/gm)) {
    names.add(m[1]);
  }
  return names;
}

test("imports name existing modules and their exports", () => {
  const files = modules(root);
  assert.ok(files.length > 10);
  const sources = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
  let checked = 0;
  for (const [file, source] of sources) {
    for (const m of source.matchAll(/^import \{([^}]*)\} from "([^"]+)";/gm)) {
      const target = join(dirname(file), m[2]);
      const where = relative(root, file) + " → " + m[2];
      assert.ok(m[2].startsWith("."), where + ": relative paths only (no build step)");
      assert.ok(sources.has(target), where + ": no such module");
      const exported = exportsOf(sources.get(target));
      for (const name of m[1].split(",").map((n) => n.trim()).filter(Boolean)) {
        assert.ok(exported.has(name), where + ": exports no " + name);
        checked += 1;
      }
    }
  }
  assert.ok(checked > 20);
});
